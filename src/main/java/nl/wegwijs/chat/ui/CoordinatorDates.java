package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wegwijs.chat.ChatRota;
import nl.wegwijs.shared.ui.LocalizedDatePicker;

/** Dates and times on the coordinators' pages: the portal's time zone, 24-hour clock, the page's language. */
final class CoordinatorDates {

    private CoordinatorDates() {
    }

    /** Dutch pages write dates as 24-11-2026, English ones as 24/11/2026; both with a 24-hour clock. */
    static Locale formatLocale(Locale pageLocale) {
        return "en".equals(pageLocale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("nl", "NL");
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(I18NProvider.translate(locale, "chat.date.day-pattern"), formatLocale(locale))
                .format(date);
    }

    static String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ChatRota.ZONE));
    }

    /** "22:00 – 07:00" within one day; with the day written out where the time falls on another day. */
    static String span(Instant start, Instant end, LocalDate day, Locale locale) {
        return moment(start, day, locale) + " – " + moment(end, day, locale);
    }

    /** A shift for a sentence: "vrijdag 27 november 2026, 22:00 – zaterdag 28 november 07:00". */
    static String describe(Instant start, Instant end, Locale locale) {
        LocalDate day = start.atZone(ChatRota.ZONE).toLocalDate();
        return day(day, locale) + ", " + span(start, end, day, locale);
    }

    private static String moment(Instant at, LocalDate day, Locale locale) {
        ZonedDateTime local = at.atZone(ChatRota.ZONE);
        if (local.toLocalDate().equals(day)) {
            return time(at);
        }
        return DateTimeFormatter.ofPattern(I18NProvider.translate(locale, "chat.date.moment-pattern"),
                formatLocale(locale)).format(local);
    }

    /** A date picker that writes and reads dates the way the page's language does. */
    static DatePicker datePicker(String label, String helper, Locale pageLocale) {
        DatePicker picker = new LocalizedDatePicker(label, pageLocale, "dd-MM-yyyy", "dd/MM/yyyy");
        picker.setHelperText(helper);
        picker.setAutoOpen(true);
        return picker;
    }
}
