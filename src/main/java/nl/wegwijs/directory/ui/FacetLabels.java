package nl.wegwijs.directory.ui;

import java.util.Locale;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.ServiceFacts;

/**
 * Readable names for facet values: categories and target groups by their names in the
 * directory's own data (another municipality may use other ones), languages in the visitor's
 * language, areas as they are.
 */
final class FacetLabels {

    private final Map<String, String> categories;
    private final Map<String, String> groups;
    private final Locale locale;

    FacetLabels(Directory directory, Locale locale) {
        this.categories = directory.termNames(ServiceFacts.CATEGORY_TAXONOMY);
        this.groups = directory.termNames(ServiceFacts.GROUP_TAXONOMY);
        this.locale = locale;
    }

    String label(String dimension, String value) {
        return switch (dimension) {
            case "category" -> categories.getOrDefault(value, value);
            case "group" -> groups.getOrDefault(value, value);
            case "language" -> language(value);
            default -> value;
        };
    }

    private String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
