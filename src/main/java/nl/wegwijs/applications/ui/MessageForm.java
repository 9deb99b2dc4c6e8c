package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.Casework;

/** A message to the resident's side; the text is cleared only once it was sent. */
class MessageForm extends CaseForm {

    MessageForm(Casework casework, CaseReference reference, CaseSteps steps) {
        super("casework.messages.text", steps);
        addClassName("message-form");
        TextArea text = new TextArea(getTranslation("casework.messages.text"));
        text.setMinRows(3);
        errors.register("text", text, getTranslation("casework.messages.text"));
        add(text, saveButton("casework.messages.send", () -> {
            if (text.getValue().isBlank()) {
                problem("text", "casework.error.message-empty");
            }
            if (problemsShown()) {
                return;
            }
            if (submit(version -> casework.postMessage(reference, text.getValue()), reason -> "text")) {
                text.clear();
            }
        }));
    }
}
