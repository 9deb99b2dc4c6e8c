package nl.wegwijs.directory.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wegwijs.directory.Directory;

/** Dates and times as editors read them, in the portal's time zone and the page's language. */
final class Dates {

    private Dates() {
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String moment(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(instant.atZone(Directory.ZONE));
    }
}
