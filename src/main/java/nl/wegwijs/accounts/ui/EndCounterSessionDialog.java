package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a counter session ends: after it the employee can no longer act for the resident. */
final class EndCounterSessionDialog extends ConfirmDialog {

    EndCounterSessionDialog(String residentName, Runnable confirmed) {
        addClassName("counter-end-dialog");
        setHeader(getTranslation("counter.end.title"));
        setText(getTranslation("counter.end.text", residentName));
        setConfirmText(getTranslation("counter.end.yes"));
        setConfirmButtonTheme(ButtonVariant.LUMO_PRIMARY.getVariantName());
        setCancelable(true);
        setCancelText(getTranslation("counter.end.no"));
        addConfirmListener(confirm -> confirmed.run());
    }
}
