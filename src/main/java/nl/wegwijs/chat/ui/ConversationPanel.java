package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.Tier;

/**
 * One conversation in the console: who and about what, the transcript, what happens (typing,
 * transfer, silence, the end) and the responder's actions.
 */
class ConversationPanel extends Div {

    private static final java.util.Set<String> ENDINGS =
            java.util.Set.of("visitor-ended", "responder-ended", "inactive", "unavailable");

    final String id;
    final String visitorName;
    private final ChatDesk desk;
    private final Tier tier;
    private final Div badges = new Div();
    private final Transcript transcript;
    private final Paragraph typing = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final MessageComposer composer;
    private final Div actions = new Div();
    private final Button transfer = new Button();
    private boolean risk;
    private boolean crisisOutcome;
    private boolean open = true;

    ConversationPanel(ChatEvent assigned, String visitorName, Tier tier, ConsoleServices services, Runnable close) {
        this.id = (String) assigned.get("conversationId");
        this.visitorName = visitorName;
        this.desk = services.desk();
        this.tier = tier;
        addClassName("console-conversation");
        getElement().setAttribute("role", "region");
        String headingId = "console-heading-" + id;
        H3 heading = new H3(getTranslation("chat.console.conversation-with", visitorName));
        heading.setId(headingId);
        getElement().setAttribute("aria-labelledby", headingId);
        badges.addClassName("console-badges");
        Paragraph topic = new Paragraph(getTranslation("chat.console.topic",
                assigned.get("topic") == null ? getTranslation("chat.console.topic-none") : assigned.get("topic")));
        topic.addClassName("console-conversation__topic");
        transcript = new Transcript(visitorName, headingId);
        typing.addClassName("console-typing");
        notice.addClassName("console-notice");
        notice.getElement().setAttribute("role", "status");
        composer = new MessageComposer(services.canned().all(), this::send, this::typed);
        Button card = new Button(getTranslation("chat.console.card.open"),
                event -> new CardDialog(services.directory(), services.portal(), this::send).open());
        transfer.setText(getTranslation(tier == Tier.CRISIS ? "chat.console.transfer-volunteer"
                : "chat.console.transfer-crisis"));
        transfer.addClickListener(event -> transfer());
        Button end = new Button(getTranslation("chat.console.end.open"),
                event -> new EndDialog(visitorName, this::end).open());
        actions.addClassName("console-actions");
        actions.add(card, transfer, end);
        Button closeTab = new Button(getTranslation("chat.console.close-tab"), event -> close.run());
        closeTab.addClassName("console-close-tab");
        closeTab.setVisible(false);
        add(heading, badges, topic, transcript, typing, notice, composer, actions, closeTab);
        if (Boolean.TRUE.equals(assigned.get("urgent"))) {
            badge("chat.console.urgent", "urgent");
        }
        if (Boolean.TRUE.equals(assigned.get("risk"))) {
            markRisk();
        }
        history(assigned);
    }

    /** The transcript of an {@code assigned} event; messages already shown stay once. */
    void history(ChatEvent assigned) {
        if (assigned.get("history") instanceof List<?> history) {
            history.forEach(message -> transcript.add((Map<?, ?>) message));
        }
    }

    /** Adds a message; true if it is new and from the visitor (so it may count as unread). */
    boolean message(ChatEvent message) {
        boolean added = transcript.add(message.body());
        if (added && "visitor".equals(message.get("from"))) {
            typing.getElement().executeJs("this.textContent = ''");
            return true;
        }
        return false;
    }

    void typing() {
        typing.getElement().executeJs("this.textContent = $0; clearTimeout(this.consoleTimer);"
                + " this.consoleTimer = setTimeout(() => this.textContent = '', 6000)",
                getTranslation("chat.console.typing", visitorName));
    }

    void markRisk() {
        if (!risk) {
            risk = true;
            badge("chat.console.risk", "risk");
        }
    }

    boolean hadRisk() {
        return risk;
    }

    /** A conversation with a risk alert, or ended as a crisis: the responder is offered a break. */
    boolean wasHeavy() {
        return risk || crisisOutcome;
    }

    void inactivityWarning(long closesInSeconds) {
        notice.setText(getTranslation("chat.console.inactivity", Math.max(1, closesInSeconds / 60)));
    }

    void transferred(String toTier, boolean joined) {
        if (joined) {
            notice.setText(getTranslation("chat.console.colleague-joined"));
            finish();
        } else {
            transfer.setEnabled(false);
            notice.setText(getTranslation("chat.console.transfer-waiting." + toTier));
        }
    }

    void ended(String reason) {
        notice.setText(getTranslation("chat.console.ended."
                + (ENDINGS.contains(reason) ? reason : "other")));
        finish();
    }

    boolean isOpen() {
        return open;
    }

    private void finish() {
        open = false;
        composer.close();
        actions.setVisible(false);
        getChildren().filter(child -> child.hasClassName("console-close-tab")).forEach(child -> child.setVisible(true));
    }

    private boolean send(String text) {
        try {
            desk.responderMessage(id, UUID.randomUUID().toString(), text);
            return true;
        } catch (RuntimeException e) {
            composer.refuse(getTranslation(ConsoleErrors.key(e)));
            return false;
        }
    }

    private void typed() {
        try {
            desk.responderTyping(id);
        } catch (RuntimeException e) {
            // A typing signal that does not arrive harms nobody.
        }
    }

    private void transfer() {
        try {
            desk.transfer(id, tier == Tier.CRISIS ? Tier.VOLUNTEER : Tier.CRISIS);
        } catch (RuntimeException e) {
            notice.setText(getTranslation(ConsoleErrors.key(e)));
        }
    }

    private void end(String outcome) {
        // Known before the desk answers, as its "ended" event may be handled within the call.
        crisisOutcome = "crisis".equals(outcome);
        try {
            desk.responderEnd(id, outcome);
        } catch (RuntimeException e) {
            crisisOutcome = false;
            notice.setText(getTranslation(ConsoleErrors.key(e)));
        }
    }

    private void badge(String key, String kind) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("console-badge", "console-badge--" + kind);
        badges.add(badge);
    }
}
