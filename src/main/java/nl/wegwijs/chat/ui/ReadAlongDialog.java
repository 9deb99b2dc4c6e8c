package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.wegwijs.chat.ChatSupervision;
import nl.wegwijs.chat.LiveConversation;
import nl.wegwijs.chat.ReadAlongTranscript;

/**
 * A silent, read-only view of one live conversation. Opening it is a read-along (the service
 * writes it to the audit log); while open, the page's refresh adds new messages. Messages are
 * always set as text, never as HTML.
 */
class ReadAlongDialog extends Dialog {

    private final ChatSupervision supervision;
    private final String conversationId;
    private final OrderedList transcript = new OrderedList();
    private final Paragraph ended = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private long lastSeq;

    ReadAlongDialog(ChatSupervision supervision, LiveConversation conversation, ReadAlongTranscript start) {
        this.supervision = supervision;
        this.conversationId = conversation.id();
        addClassName("read-along");
        setHeaderTitle(getTranslation("chat.overview.read-along.title", conversation.shortId()));
        Paragraph silent = new Paragraph(getTranslation("chat.overview.read-along.silent"));
        silent.addClassName("read-along__silent");
        transcript.addClassName("read-along__transcript");
        // A log around the list: screen readers announce new messages politely, without reading everything again.
        Div log = new Div(transcript);
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", getTranslation("chat.overview.read-along.transcript"));
        ended.setText(getTranslation("chat.overview.read-along.ended"));
        ended.addClassName("read-along__ended");
        ended.getElement().setAttribute("role", "status");
        ended.setVisible(false);
        empty.setText(getTranslation("chat.overview.read-along.empty"));
        empty.addClassName("read-along__empty");
        add(silent, empty, log, ended);
        getFooter().add(new Button(getTranslation("chat.overview.read-along.close"), click -> close()));
        setWidth("min(48rem, 100vw)");
        append(start);
    }

    /** Adds what was said since the last look; called on every refresh of the page. */
    void follow() {
        if (!ended.isVisible()) {
            append(supervision.follow(conversationId, lastSeq));
        }
    }

    private void append(ReadAlongTranscript update) {
        for (ReadAlongTranscript.Line line : update.lines()) {
            Span who = new Span(getTranslation("chat.overview.read-along.from." + line.from()) + " · "
                    + OverviewTexts.moment(this, line.sentAt()));
            who.addClassName("read-along__from");
            Div text = new Div();
            text.setText(line.text());
            text.addClassName("read-along__text");
            ListItem item = new ListItem(who, text);
            item.addClassNames("read-along__message", "read-along__message--" + line.from());
            transcript.add(item);
            lastSeq = line.seq();
        }
        empty.setVisible(lastSeq == 0);
        ended.setVisible(update.ended());
    }
}
