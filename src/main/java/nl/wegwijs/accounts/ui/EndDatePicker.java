package nl.wegwijs.accounts.ui;

import java.util.Locale;
import nl.wegwijs.shared.ui.LocalizedDatePicker;

/** An optional end date, written and read the way the page's language does (Dutch: 1-5-2027). */
final class EndDatePicker extends LocalizedDatePicker {

    EndDatePicker(String label, String helper, Locale pageLocale) {
        super(label, pageLocale);
        setHelperText(helper);
        setClearButtonVisible(true);
    }
}
