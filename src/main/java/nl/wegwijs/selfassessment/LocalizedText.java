package nl.wegwijs.selfassessment;

import java.util.Locale;
import java.util.Map;

/** A text in Dutch and its translations, keyed by language code; Dutch is the fallback. */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("nl")) {
            throw new IllegalArgumentException("A text needs Dutch (nl)");
        }
    }

    public String in(Locale locale) {
        return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("nl"));
    }
}
