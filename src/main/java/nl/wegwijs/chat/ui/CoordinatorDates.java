package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import nl.wegwijs.chat.ChatRota;

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
        DatePicker picker = new DatePicker(label);
        Locale locale = formatLocale(pageLocale);
        picker.setLocale(locale);
        picker.setHelperText(helper);
        picker.setManualValidation(true);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        DayOfWeek[] sundayFirst = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        i18n.setWeekdays(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat(locale.getLanguage().equals("en") ? "dd/MM/yyyy" : "dd-MM-yyyy");
        i18n.setToday(picker.getTranslation("chat.date.today"));
        i18n.setCancel(picker.getTranslation("chat.date.cancel"));
        picker.setI18n(i18n);
        return picker;
    }
}
