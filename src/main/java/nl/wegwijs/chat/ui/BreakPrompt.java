package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** After a heavy chat, a gentle suggestion to take a break first; it can be closed or followed at once. */
class BreakPrompt extends Div {

    private final Paragraph text = new Paragraph();
    private final Button pause = new Button();

    BreakPrompt(Runnable goOffDuty) {
        addClassName("console-break");
        getElement().setAttribute("role", "status");
        Paragraph title = new Paragraph(getTranslation("chat.console.break.title"));
        title.addClassName("console-title");
        pause.setText(getTranslation("chat.console.break.off-duty"));
        pause.addClickListener(event -> {
            goOffDuty.run();
            close();
        });
        Button dismiss = new Button(getTranslation("chat.console.break.dismiss"), event -> close());
        dismiss.addClassName("console-break__dismiss");
        Div buttons = new Div(pause, dismiss);
        buttons.addClassName("console-break__buttons");
        add(title, text, buttons);
        setVisible(false);
    }

    void offer(String visitorName, boolean onDuty) {
        text.setText(getTranslation("chat.console.break.text", visitorName));
        pause.setVisible(onDuty);
        setVisible(true);
    }

    private void close() {
        setVisible(false);
    }
}
