package nl.wegwijs.applications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of a case as the resident reads them: in the municipality's time zone, long and in their language. */
final class CaseTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Locale locale;

    CaseTexts(Locale locale) {
        this.locale = locale;
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, ZONE));
    }

    String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                        .format(instant.atZone(ZONE));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " kB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
