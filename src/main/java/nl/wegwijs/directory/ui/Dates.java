package nl.wegwijs.directory.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.wegwijs.directory.Directory;

/** Dates and times as editors read them, in the portal's time zone and the page's language. */
final class Dates {

    private Dates() {
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static String moment(Instant instant, Locale locale) {
        var local = instant.atZone(Directory.ZONE);
        return day(local.toLocalDate(), locale) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
    }
}
