package nl.wegwijs.directory.search;

import java.util.List;
import java.util.Map;

/**
 * Services found, best first, one hit per service.
 *
 * @param totalServices how many services match in all
 * @param facets per dimension, each value with the number of services that would match if it
 *     were chosen (counted as if the dimension's own choices were not made: multi-select)
 * @param suggestion a corrected query ("Bedoelde u ...?") when the words look misspelled
 * @param typoTolerant whether few exact hits made the search also accept near spellings
 */
public record SearchResponse(
        long totalServices,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        String suggestion,
        boolean typoTolerant) {

    /**
     * One service, with the location that matched best and how far it is.
     *
     * @param snippet a passage of the description with the matching words in {@code <mark>}, HTML-escaped
     */
    public record Hit(String serviceId, String serviceAtLocationId, float score, Double distanceMeters, String snippet) {
    }

    /** A facet value and its number of services. */
    public record FacetCount(String value, long count) {
    }
}
