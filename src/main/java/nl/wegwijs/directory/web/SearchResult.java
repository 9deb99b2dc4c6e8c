package nl.wegwijs.directory.web;

import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.search.SearchResponse;

/**
 * The answer of {@code GET /api/directory/search}: services best first with a marked snippet and
 * distance, facet counts per dimension (multi-select), and a corrected query when words looked
 * misspelled.
 */
record SearchResult(long total, int page, int perPage, String suggestion, boolean typoTolerant, List<Item> items,
        Map<String, List<SearchResponse.FacetCount>> facets) {

    /** One service in a result list. */
    record Item(String id, String name, String organization, String snippet, Long distanceMeters,
            List<String> categories, String accessType, boolean free) {
    }
}
