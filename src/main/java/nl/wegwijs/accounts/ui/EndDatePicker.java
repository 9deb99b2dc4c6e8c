package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/** An optional end date, written and read the way the page's language does (Dutch: 1-5-2027); knows when what was typed is no date. */
final class EndDatePicker extends DatePicker {

    EndDatePicker(String label, String helper, Locale pageLocale) {
        super(label);
        Locale locale = RepresentationTexts.formatLocale(pageLocale);
        setLocale(locale);
        setHelperText(helper);
        setManualValidation(true);
        setClearButtonVisible(true);
        // Typing the date is the main way; the calendar opens from its button, not over what is being typed.
        setAutoOpen(false);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        DayOfWeek[] sundayFirst = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        i18n.setWeekdays(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat(locale.getLanguage().equals("en") ? "d/M/yyyy" : "d-M-yyyy");
        i18n.setToday(getTranslation("rep.date.today"));
        i18n.setCancel(getTranslation("rep.date.cancel"));
        setI18n(i18n);
    }

    /** Something was typed that is not a date (the value is then empty). */
    boolean unreadable() {
        return isInputUnparsable();
    }
}
