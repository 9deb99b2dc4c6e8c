package nl.wegwijs.directory.web;

import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.ZeroResults;
import nl.wegwijs.directory.search.Autocomplete;
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

    DirectoryController(Directory directory, ZeroResults zeroResults) {
        this.directory = directory;
        this.zeroResults = zeroResults;
    }

    /** Completions for {@code q} (at least two characters), best first. */
    @GetMapping("/suggest")
    List<Autocomplete.Suggestion> suggest(@RequestParam(required = false) String q) {
        return directory.suggest(ApiParameters.search(q), 8);
    }

    /** Reloads content/search/synonyms.txt without reindexing. EDITOR or ADMIN. */
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
