package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.TreeMap;

/**
 * A conversation's messages in sequence order, as plain text (never HTML). A message that arrives
 * twice (a console brought up to date while events were on their way) is shown once.
 */
class Transcript extends Div {

    private final String visitorName;
    private final TreeMap<Long, Div> messages = new TreeMap<>();

    Transcript(String visitorName, String labelId) {
        this.visitorName = visitorName;
        addClassName("console-transcript");
        getElement().setAttribute("role", "log");
        getElement().setAttribute("aria-labelledby", labelId);
        getElement().setAttribute("tabindex", "0");
    }

    /** Adds a message event's body ({@code seq}, {@code from}, {@code text}); false if it was already there. */
    boolean add(Map<?, ?> message) {
        long seq = ((Number) message.get("seq")).longValue();
        if (messages.containsKey(seq)) {
            return false;
        }
        String from = String.valueOf(message.get("from"));
        Div item = new Div();
        item.addClassNames("console-message", "console-message--" + from);
        Span who = new Span(switch (from) {
            case "visitor" -> visitorName;
            case "responder" -> getTranslation("chat.console.you");
            default -> getTranslation("chat.console.system");
        } + ": ");
        who.addClassName("console-message__from");
        Paragraph text = new Paragraph();
        text.setText(String.valueOf(message.get("text")));
        text.addClassName("console-message__text");
        item.add(who, text);
        var later = messages.higherKey(seq);
        if (later == null) {
            add(item);
        } else {
            addComponentAtIndex(indexOf(messages.get(later)), item);
        }
        messages.put(seq, item);
        return true;
    }
}
