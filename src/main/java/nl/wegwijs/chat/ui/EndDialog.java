package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;

/** Ending a conversation: first the outcome category, then a confirmation; nothing ends by accident. */
class EndDialog extends Dialog {

    static final List<String> OUTCOMES = List.of("listened", "referred", "crisis", "no-contact", "abuse", "other");

    private final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();

    EndDialog(String visitorName, Consumer<String> end) {
        setHeaderTitle(getTranslation("chat.console.end.title", visitorName));
        addClassName("console-end-dialog");
        outcome.setLabel(getTranslation("chat.console.end.outcome"));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(value -> getTranslation("chat.console.outcome." + value));
        outcome.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("chat.console.end.text")), outcome);
        Button confirm = new Button(getTranslation("chat.console.end.confirm"), event -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("chat.console.end.choose"));
                return;
            }
            close();
            end.accept(outcome.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("chat.console.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }
}
