package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * A date picker that writes and reads dates the way the page's language does (Dutch 24-11-2026,
 * English 24/11/2026), with month and day names in that language and Monday first. Typing is the
 * main way in: the calendar opens from its button, not over what is being typed. Knows when what
 * was typed is no date, so a form can say so instead of treating it as empty.
 */
public class LocalizedDatePicker extends DatePicker {

    private static final DayOfWeek[] SUNDAY_FIRST = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};

    public LocalizedDatePicker(String label, Locale pageLocale) {
        this(label, pageLocale, "d-M-yyyy", "d/M/yyyy");
    }

    /** With the typed format for each language, such as {@code dd-MM-yyyy} and {@code dd/MM/yyyy}. */
    public LocalizedDatePicker(String label, Locale pageLocale, String dutchFormat, String englishFormat) {
        super(label);
        boolean english = "en".equals(pageLocale.getLanguage());
        Locale locale = english ? Locale.of("en", "GB") : Locale.of("nl", "NL");
        setLocale(locale);
        setManualValidation(true);
        setAutoOpen(false);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdays(Arrays.stream(SUNDAY_FIRST).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(Arrays.stream(SUNDAY_FIRST).map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat(english ? englishFormat : dutchFormat);
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("date.cancel"));
        setI18n(i18n);
    }

    /** Something was typed that is not a date (the value is then empty). */
    public boolean unreadable() {
        return isInputUnparsable();
    }
}
