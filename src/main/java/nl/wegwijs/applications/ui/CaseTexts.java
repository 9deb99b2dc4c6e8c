package nl.wegwijs.applications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and sizes of a case as the page's language writes them, in the municipality's time zone. */
final class CaseTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CaseTexts() {
    }

    static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language(locale))
                .format(day);
    }

    static String date(Instant moment, Locale locale) {
        return moment == null ? "" : date(LocalDate.ofInstant(moment, ZONE), locale);
    }

    static String dateTime(Instant moment, Locale locale) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language(locale)).format(moment.atZone(ZONE));
    }

    private static Locale language(Locale locale) {
        return english(locale) ? Locale.ENGLISH : Locale.of("nl");
    }

    /** A file size as people read it: 812 B, 45 kB, 2.3 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " kB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
