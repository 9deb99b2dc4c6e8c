package nl.wegwijs.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embeddable card: {@code /sociale-kaart/embed?category=geld&groep=ouderen&limit=5&lang=en}
 * gives a compact list of the services in a category for a partner's iframe. An unknown category
 * or group, or a bad limit, gives 400 with a page that says what is wrong and lists the categories.
 */
@Controller
class EmbedController {

    static final String PATH = "/sociale-kaart/embed";
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final Directory directory;
    private final Translations translations;
    private final WegwijsProperties properties;

    EmbedController(Directory directory, Translations translations, WegwijsProperties properties) {
        this.directory = directory;
        this.translations = translations;
        this.properties = properties;
    }

    @GetMapping(PATH)
    ResponseEntity<String> embed(@RequestParam(required = false) String category,
            @RequestParam(name = "groep", required = false) String group,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = Translations.supported(lang == null ? null : Locale.forLanguageTag(lang.strip()));
        EmbedPage page = new EmbedPage(request.getContextPath(), locale,
                (key, parameters) -> translations.getTranslation(key, locale, parameters));
        List<String> problems = new ArrayList<>();
        Integer size = size(limit);
        if (size == null) {
            problems.add(translations.getTranslation("embed.invalid.limit", locale));
        }
        if (blank(category)) {
            problems.add(translations.getTranslation("embed.invalid.missing-category", locale));
        }
        if (!problems.isEmpty()) {
            return invalid(page, problems);
        }
        Map<String, Set<String>> selections = new HashMap<>();
        selections.put("category", Set.of(category.strip()));
        if (!blank(group)) {
            selections.put("group", Set.of(group.strip()));
        }
        Hsds.Page<Hsds.Service> found = directory.services(request(selections, size));
        if (found.contents().isEmpty()) {
            SearchResponse everything = directory.search(request(Map.of(), 1));
            if (!known(everything, "category", category)) {
                problems.add(translations.getTranslation("embed.invalid.category", locale, category.strip()));
            }
            if (!blank(group) && !known(everything, "group", group)) {
                problems.add(translations.getTranslation("embed.invalid.group", locale, group.strip()));
            }
            if (!problems.isEmpty()) {
                return invalid(page, problems);
            }
        }
        String heading = translations.getTranslation("embed.title", locale, categoryName(category.strip(), found));
        List<EmbedPage.Item> items = found.contents().stream().map(EmbedCard::item).toList();
        return ResponseEntity.ok().contentType(HTML)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(page.list(heading, properties.municipality().name(), items, searchPath(category, group)));
    }

    private ResponseEntity<String> invalid(EmbedPage page, List<String> problems) {
        SearchResponse everything = directory.search(request(Map.of(), 1));
        List<String> categories = everything.facets().getOrDefault("category", List.of()).stream()
                .map(SearchResponse.FacetCount::value).sorted().toList();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(HTML)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(page.invalid(problems, categories));
    }

    private static SearchRequest request(Map<String, Set<String>> selections, int size) {
        return new SearchRequest(null, selections, null, null, null, null, null, null, true, 0, size);
    }

    /** Known when at least one active service has it; counts of a dimension ignore its own choice. */
    private static boolean known(SearchResponse response, String dimension, String value) {
        return response.facets().getOrDefault(dimension, List.of()).stream()
                .anyMatch(count -> count.value().equals(value.strip()));
    }

    /** The category's name as the data gives it; its code when no service shows it. */
    private static String categoryName(String code, Hsds.Page<Hsds.Service> found) {
        return found.contents().stream().flatMap(service -> Hsds.orEmpty(service.attributes()).stream())
                .map(Hsds.Attribute::taxonomyTerm)
                .filter(term -> term != null && "wegwijs-categorie".equals(term.taxonomy()) && code.equals(term.code()))
                .map(Hsds.TaxonomyTerm::name).findFirst().orElse(code);
    }

    /** The limit, or null when it is not a whole number from 1 to 50. */
    private static Integer size(String limit) {
        if (blank(limit)) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            return size >= 1 && size <= MAX_LIMIT ? size : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The same choice on the portal's search page (its parameters: categorie, voor). */
    private static String searchPath(String category, String group) {
        String path = "/sociale-kaart?categorie=" + java.net.URLEncoder.encode(category.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
        return blank(group) ? path : path + "&voor=" + java.net.URLEncoder.encode(group.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
