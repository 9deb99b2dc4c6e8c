package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.wegwijs.chat.ChatRota;

/** How the coordinators' overview writes lengths of time and moments, in the page's language. */
final class OverviewTexts {

    private OverviewTexts() {
    }

    /** "45 sec.", "3 min. 10 sec." or "1 uur 5 min.". */
    static String duration(Component on, long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return on.getTranslation("chat.overview.seconds", s);
        }
        if (s < 3600) {
            return on.getTranslation("chat.overview.minutes", s / 60, s % 60);
        }
        return on.getTranslation("chat.overview.hours", s / 3600, (s % 3600) / 60);
    }

    /** A date and time such as 23-11-2026 21:04, or a dash when unknown. */
    static String moment(Component on, Instant at) {
        if (at == null) {
            return on.getTranslation("chat.overview.unknown");
        }
        return DateTimeFormatter.ofPattern(on.getTranslation("chat.overview.moment-pattern"),
                CoordinatorDates.formatLocale(locale(on))).format(at.atZone(ChatRota.ZONE));
    }

    /** The component's page language, as {@code getTranslation} uses it, also before it is attached. */
    private static Locale locale(Component on) {
        return on.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.of("nl"));
    }
}
