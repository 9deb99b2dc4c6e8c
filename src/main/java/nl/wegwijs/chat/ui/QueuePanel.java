package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.wegwijs.chat.ChatEvent;

/** For coordinators only: how many wait, the longest wait, and how many are on duty. */
class QueuePanel extends Section {

    private final Paragraph summary = new Paragraph();

    QueuePanel() {
        addClassName("console-queue");
        getElement().setAttribute("aria-labelledby", "console-queue-heading");
        H2 heading = new H2(getTranslation("chat.console.queue"));
        heading.setId("console-queue-heading");
        summary.addClassName("console-queue__summary");
        summary.setText(getTranslation("chat.console.queue-unknown"));
        add(heading, summary);
    }

    /** A {@code queue} event of the desk. */
    void show(ChatEvent event) {
        long seconds = ((Number) event.get("longestWaitSeconds")).longValue();
        String longest = seconds < 60 ? getTranslation("chat.console.seconds", seconds)
                : getTranslation("chat.console.minutes", seconds / 60);
        summary.setText(getTranslation("chat.console.queue-summary", event.get("waiting"), longest,
                event.get("onDuty")));
    }
}
