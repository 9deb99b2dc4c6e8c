package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The word lists the Dutch search is built from, kept in {@code content/search/}: stop words,
 * compound parts and exceptions, stemmer overrides and lay-language synonyms. Editors tune search
 * by editing these files; synonyms reload without reindexing.
 */
record SearchVocabulary(
        Set<String> stopWords,
        Set<String> compoundParts,
        Set<String> compoundExceptions,
        Map<String, String> stemOverrides,
        Map<String, List<String>> synonyms) {

    static SearchVocabulary load(ResourceLoader resources, String contentLocation) {
        String base = (contentLocation.endsWith("/") ? contentLocation : contentLocation + "/") + "search/";
        return new SearchVocabulary(
                words(lines(resources.getResource(base + "stopwords.txt"))),
                words(lines(resources.getResource(base + "compound-parts.txt"))),
                words(lines(resources.getResource(base + "compound-exceptions.txt"))),
                overrides(lines(resources.getResource(base + "stem-overrides.txt"))),
                synonyms(lines(resources.getResource(base + "synonyms.txt"))));
    }

    /** Lower case without accents: the form every word list and query is compared in. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
    }

    private static Set<String> words(List<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines) {
            words.add(line.toLowerCase(Locale.ROOT));
            words.add(normalize(line));
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> overrides(List<String> lines) {
        Map<String, String> overrides = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                overrides.put(normalize(parts[0]), normalize(parts[1]));
            }
        }
        return Map.copyOf(overrides);
    }

    /**
     * Solr synonym format: {@code a, b => x, y} maps a and b to x and y; {@code a, b, c} makes
     * them equivalent. Keys and expansions are normalized phrases.
     */
    static Map<String, List<String>> synonyms(List<String> lines) {
        Map<String, LinkedHashSet<String>> synonyms = new HashMap<>();
        for (String line : lines) {
            String[] sides = line.split("=>");
            if (sides.length == 2) {
                List<String> expansions = phrases(sides[1]);
                for (String from : phrases(sides[0])) {
                    synonyms.computeIfAbsent(from, k -> new LinkedHashSet<>()).addAll(expansions);
                }
            } else if (sides.length == 1) {
                List<String> group = phrases(sides[0]);
                for (String from : group) {
                    group.stream().filter(to -> !to.equals(from))
                            .forEach(to -> synonyms.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to));
                }
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        synonyms.forEach((from, to) -> result.put(from, List.copyOf(to)));
        return Map.copyOf(result);
    }

    private static List<String> phrases(String side) {
        List<String> phrases = new ArrayList<>();
        for (String phrase : side.split(",")) {
            String normalized = normalize(phrase);
            if (!normalized.isEmpty()) {
                phrases.add(normalized);
            }
        }
        return phrases;
    }

    private static List<String> lines(Resource resource) {
        if (!resource.exists()) {
            return List.of();
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
