package nl.wegwijs.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing texts, from {@code vaadin-i18n/translations_<language>.properties}. Dutch is
 * the default; a missing key shows as {@code !key} so it is noticed (and TranslationsTest fails).
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = bundle(locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one: English for English, Dutch otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
