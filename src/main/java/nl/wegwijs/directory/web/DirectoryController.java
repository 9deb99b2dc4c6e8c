package nl.wegwijs.directory.web;

import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.ServiceFacts;
import nl.wegwijs.directory.ZeroResults;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Autocomplete;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Wegwijs additions next to the HSDS API: autocomplete, and tools for editors. */
@RestController
@RequestMapping(path = "/api/directory", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryController {

    private final Directory directory;
    private final ZeroResults zeroResults;
    private final Postcodes postcodes;

    DirectoryController(Directory directory, ZeroResults zeroResults, Postcodes postcodes) {
        this.directory = directory;
        this.zeroResults = zeroResults;
        this.postcodes = postcodes;
    }

    /**
     * Searches the sociale kaart the way the portal does: free text, facet choices (repeat a
     * parameter for several values), open now, and a postcode for distance and closeness.
     */
    @GetMapping("/search")
    SearchResult search(@RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> group,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) List<String> language,
            @RequestParam(required = false) String free,
            @RequestParam(name = "no_referral", required = false) String noReferral,
            @RequestParam(required = false) String wheelchair,
            @RequestParam(name = "open_now", required = false) String openNow,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = ApiParameters.page(page);
        int size = ApiParameters.perPage(perPage);
        Map<String, java.util.Set<String>> selections = new java.util.HashMap<>();
        choose(selections, "category", category);
        choose(selections, "group", group);
        choose(selections, "area", area);
        choose(selections, "language", language);
        if (ApiParameters.flag("free", free)) {
            selections.put("free", java.util.Set.of("ja"));
        }
        if (ApiParameters.flag("no_referral", noReferral)) {
            selections.put("no_referral", java.util.Set.of("ja"));
        }
        if (ApiParameters.flag("wheelchair", wheelchair)) {
            selections.put("wheelchair", java.util.Set.of("ja"));
        }
        var near = ApiParameters.postcode(postcodes, postcode);
        var request = new SearchRequest(ApiParameters.search(q), selections, near, null,
                ApiParameters.flag("open_now", openNow) ? java.time.ZonedDateTime.now(Directory.ZONE) : null,
                null, null, null, true, ApiParameters.offset(pageNumber, size), size);
        SearchResponse response = directory.search(request);
        Map<String, Hsds.Service> services = new java.util.HashMap<>();
        directory.load(response.hits().stream().map(SearchResponse.Hit::serviceId).toList())
                .forEach(service -> services.put(service.id(), service));
        List<SearchResult.Item> items = response.hits().stream()
                .filter(hit -> services.containsKey(hit.serviceId()))
                .map(hit -> item(services.get(hit.serviceId()), hit))
                .toList();
        return new SearchResult(response.totalServices(), pageNumber, size, response.suggestion(),
                response.typoTolerant(), items, response.facets());
    }

    private static SearchResult.Item item(Hsds.Service service, SearchResponse.Hit hit) {
        return new SearchResult.Item(service.id(), service.name(), service.organization().name(), hit.snippet(),
                hit.distanceMeters() == null ? null : Math.round(hit.distanceMeters()),
                ServiceFacts.terms(service, ServiceFacts.CATEGORY_TAXONOMY).stream()
                        .map(Hsds.TaxonomyTerm::code).toList(),
                ServiceFacts.accessCode(service), ServiceFacts.isFree(service));
    }

    private static void choose(Map<String, java.util.Set<String>> selections, String dimension, List<String> values) {
        if (values == null) {
            return;
        }
        java.util.Set<String> chosen = new java.util.TreeSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                if (value.length() > 100) {
                    throw new BadRequestException(dimension + " values may be at most 100 characters");
                }
                chosen.add(value.strip());
            }
        }
        if (chosen.size() > 50) {
            throw new BadRequestException("at most 50 " + dimension + " values");
        }
        if (!chosen.isEmpty()) {
            selections.put(dimension, chosen);
        }
    }

    /** Completions for {@code q} (at least two characters), best first. */
    @GetMapping("/suggest")
    List<Autocomplete.Suggestion> suggest(@RequestParam(required = false) String q) {
        return directory.suggest(ApiParameters.search(q), 8);
    }

    /** Reloads content/search/synonyms.txt, with the editors' entries on top, without reindexing. EDITOR or ADMIN. */
    @PostMapping("/synonyms/reload")
    Map<String, Integer> reloadSynonyms() {
        return Map.of("layTerms", directory.reloadSynonyms());
    }

    /** Rebuilds the search index from the database without stopping searches. ADMIN. */
    @PostMapping("/index/rebuild")
    Map<String, String> rebuildIndex() {
        directory.rebuildIndex();
        return Map.of("status", "rebuilt");
    }

    /** The searches that found nothing, most frequent first. EDITOR or ADMIN. */
    @GetMapping("/zero-results")
    List<ZeroResults.ZeroResult> zeroResults() {
        return zeroResults.mostSearched(100);
    }
}
