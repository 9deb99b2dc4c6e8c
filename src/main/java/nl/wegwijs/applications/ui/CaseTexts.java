package nl.wegwijs.applications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of a case as the page's language writes them, in the municipality's time zone. */
final class CaseTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CaseTexts() {
    }

    static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", english(locale) ? Locale.ENGLISH
                : Locale.of("nl")).format(day);
    }

    static String dateTime(Instant moment, Locale locale) {
        return moment == null ? "" : DateTimeFormatter.ofPattern(english(locale) ? "d MMMM yyyy, HH:mm"
                : "d MMMM yyyy, HH.mm 'uur'", english(locale) ? Locale.ENGLISH : Locale.of("nl"))
                .format(moment.atZone(ZONE));
    }
}
