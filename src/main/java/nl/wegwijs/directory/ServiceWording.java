package nl.wegwijs.directory;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.Locale;

/** How a service's distance and opening status read on a card, the same on every page that shows one. */
public final class ServiceWording {

    private ServiceWording() {
    }

    /** "Open tot 17:00", "Morgen open om 09:00", ...; null when the hours are unknown. */
    public static String opening(OpeningStatus status, Locale locale, I18NProvider texts) {
        String day = status.day() == null ? "" : status.day().getDisplayName(TextStyle.FULL, locale);
        String when = switch (status.daysAhead()) {
            case 0 -> "today";
            case 1 -> "tomorrow";
            default -> "day";
        };
        return switch (status.state()) {
            case ALWAYS_OPEN -> texts.getTranslation("directory.card.always-open", locale);
            case OPEN_UNTIL -> texts.getTranslation("directory.card.open-until." + when, locale, status.clockTime(), day);
            case OPENS_AT -> texts.getTranslation("directory.card.opens." + when, locale, status.clockTime(), day);
            case UNKNOWN -> null;
        };
    }

    /** "300 meter", "2,4 km": rounded as people say it. */
    public static String distance(double meters, Locale locale, I18NProvider texts) {
        if (meters < 1000) {
            return texts.getTranslation("directory.card.meters", locale, Math.max(100, Math.round(meters / 100) * 100));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(meters < 10_000 ? 1 : 0);
        return texts.getTranslation("directory.card.kilometers", locale, format.format(meters / 1000));
    }
}
