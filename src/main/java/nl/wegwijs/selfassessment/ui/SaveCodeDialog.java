package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.wegwijs.selfassessment.SaveCode;

/** Shows the code once, with how long it works and where to use it. */
class SaveCodeDialog extends Dialog {

    SaveCodeDialog(SaveCode code, Locale locale) {
        setHeaderTitle(getTranslation("selftest.code.title"));
        var value = new Span(code.value());
        value.addClassName("selftest-code");
        value.setId("selftest-code");
        add(new Paragraph(getTranslation("selftest.code.intro")), new Paragraph(value),
                new Paragraph(getTranslation("selftest.code.valid", code.validUntil()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))),
                new Paragraph(getTranslation("selftest.code.where")));
        var close = new NativeButton(getTranslation("selftest.code.close"), click -> close());
        close.addClassName("button-primary");
        getFooter().add(close);
    }
}
