package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Predicate;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.canned.CannedResponse;

/**
 * The message box of one conversation: Enter sends, Shift+Enter starts a new line, a canned response
 * is put in the box to edit. The text stays until it was sent, so nothing typed is lost.
 */
class MessageComposer extends Div {

    private final TextArea message = new TextArea();
    private final ComboBox<CannedResponse> canned = new ComboBox<>();
    private final Button send = new Button();

    /** {@code sender} sends a text and says whether it went; {@code typing} hears that the responder types. */
    MessageComposer(List<CannedResponse> responses, Predicate<String> sender, Runnable typing) {
        addClassName("console-composer");
        message.setLabel(getTranslation("chat.console.message"));
        message.setHelperText(getTranslation("chat.console.message-help"));
        message.setMaxLength(ChatDesk.MAX_TEXT);
        message.setWidthFull();
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.addValueChangeListener(event -> {
            if (event.isFromClient() && !event.getValue().isBlank()) {
                typing.run();
            }
        });
        // The text travels with the key press, so what is sent is exactly what is in the box.
        message.getElement().executeJs("this.addEventListener('keydown', e => {"
                + " if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault();"
                + " this.dispatchEvent(new CustomEvent('console-send', {detail: {text: this.value}})); } })");
        message.getElement().addEventListener("console-send",
                event -> submit(event.getEventData().get("event.detail.text").asString(), sender))
                .addEventData("event.detail.text");

        send.setText(getTranslation("chat.console.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> submit(message.getValue(), sender));

        canned.setLabel(getTranslation("chat.console.canned"));
        canned.setHelperText(getTranslation("chat.console.canned-help"));
        canned.setItems(responses);
        canned.setItemLabelGenerator(CannedResponse::label);
        canned.addClassName("console-composer__canned");
        canned.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                insert(event.getValue().text());
                canned.clear();
            }
        });
        Div actions = new Div(send);
        actions.addClassName("console-composer__actions");
        add(message, actions, canned);
    }

    private void submit(String text, Predicate<String> sender) {
        String typed = text == null ? "" : text;
        message.setValue(typed);
        if (typed.isBlank()) {
            message.setInvalid(true);
            message.setErrorMessage(getTranslation("chat.console.message-empty"));
            message.focus();
            return;
        }
        if (sender.test(typed)) {
            message.setInvalid(false);
            message.clear();
        }
        message.focus();
    }

    /** Shows why a message could not go; the text stays in the box. */
    void refuse(String reason) {
        message.setErrorMessage(reason);
        message.setInvalid(true);
    }

    /** Puts a text after what is in the box in the browser, which may be newer than what the server has seen. */
    private void insert(String text) {
        message.getElement().executeJs("return this.value || ''").then(String.class, current -> {
            message.setValue(current.isBlank() ? text : current.stripTrailing() + "\n" + text);
            message.setInvalid(false);
            message.focus();
            message.getElement().executeJs("const area = this.querySelector('textarea');"
                    + " if (area) { area.setSelectionRange(area.value.length, area.value.length); }");
        });
    }

    void close() {
        message.setEnabled(false);
        canned.setEnabled(false);
        send.setEnabled(false);
    }
}
