package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/** A date typed the way the page's language writes it (Dutch: 24-11-2026); knows when what was typed is no date. */
final class CaseDatePicker extends DatePicker {

    CaseDatePicker(String label, Locale pageLocale) {
        super(label);
        Locale locale = CaseTexts.english(pageLocale) ? Locale.UK : Locale.of("nl", "NL");
        setLocale(locale);
        setManualValidation(true);
        setAutoOpen(false);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        DayOfWeek[] sundayFirst = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        i18n.setWeekdays(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat(CaseTexts.english(pageLocale) ? "d/M/yyyy" : "d-M-yyyy");
        setI18n(i18n);
    }

    boolean unreadable() {
        return isInputUnparsable();
    }
}
