package nl.wegwijs.directory.search;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * What to look for: free text, facet selections (dimension to chosen values; values of one
 * dimension are alternatives), and the filters of the HSDS API.
 *
 * @param near where the visitor is, for distance and a closeness boost (never a cut-off)
 * @param withinMeters only locations this close, though national and online services always stay
 * @param openAt only services open at this moment
 * @param publicOnly only active services
 * @param order relevance (with text) or name
 */
public record SearchRequest(
        String text,
        Map<String, Set<String>> selections,
        Postcodes.Point near,
        Integer withinMeters,
        ZonedDateTime openAt,
        String organizationId,
        String taxonomyTermId,
        Instant modifiedAfter,
        boolean publicOnly,
        int offset,
        int limit) {

    public SearchRequest {
        selections = selections == null ? Map.of() : Map.copyOf(selections);
    }

    public static SearchRequest text(String text) {
        return new SearchRequest(text, Map.of(), null, null, null, null, null, null, true, 0, 10);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
