package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before anything about a representation changes: says in plain words what will happen; nothing happens by accident. */
final class Confirmation extends ConfirmDialog {

    Confirmation(String header, String confirmText, boolean stopping, Runnable confirmed, String... paragraphs) {
        addClassName("rep-confirmation");
        setHeader(header);
        Div text = new Div();
        for (String paragraph : paragraphs) {
            text.add(new Paragraph(paragraph));
        }
        setText(text);
        setConfirmText(confirmText);
        setConfirmButtonTheme(stopping
                ? ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName()
                : ButtonVariant.LUMO_PRIMARY.getVariantName());
        setCancelable(true);
        setCancelText(getTranslation("rep.confirm.cancel"));
        addConfirmListener(event -> confirmed.run());
    }
}
