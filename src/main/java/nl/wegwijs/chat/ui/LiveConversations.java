package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.chat.LiveConversation;

/**
 * Every live conversation as a card, the oldest first, with Meelezen and Apparaat blokkeren.
 * Cards are updated in place, never redrawn, so a refresh does not take the keyboard focus away.
 */
class LiveConversations extends Section {

    private final Consumer<LiveConversation> readAlong;
    private final Consumer<LiveConversation> block;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Map<String, Card> cards = new LinkedHashMap<>();

    LiveConversations(Consumer<LiveConversation> readAlong, Consumer<LiveConversation> block) {
        this.readAlong = readAlong;
        this.block = block;
        addClassName("overview-conversations");
        H2 heading = new H2(getTranslation("chat.overview.conversations.heading"));
        heading.setId("overview-conversations-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("overview-conversations__list");
        none.setText(getTranslation("chat.overview.conversations.none"));
        add(heading, none, list);
    }

    void show(Iterable<LiveConversation> conversations, Instant now) {
        var live = new HashSet<String>();
        for (LiveConversation conversation : conversations) {
            live.add(conversation.id());
            cards.computeIfAbsent(conversation.id(), id -> {
                Card card = new Card(conversation);
                list.add(card);
                return card;
            }).update(conversation, now);
        }
        cards.entrySet().removeIf(entry -> {
            boolean ended = !live.contains(entry.getKey());
            if (ended) {
                list.remove(entry.getValue());
            }
            return ended;
        });
        none.setVisible(cards.isEmpty());
        list.setVisible(!cards.isEmpty());
    }

    /** One conversation: a heading with its short id, what is going on, and the two actions. */
    private final class Card extends ListItem {

        private final Span status = new Span();
        private final Span time = new Span();
        private final Span responder = new Span();
        private final Span urgent = new Span();
        private final Span risk = new Span();
        private LiveConversation current;

        Card(LiveConversation conversation) {
            addClassName("live-conversation");
            getElement().setAttribute("data-conversation", conversation.shortId());
            H3 heading = new H3(getTranslation("chat.overview.conversation.heading", conversation.shortId()));
            urgent.setText(getTranslation("chat.overview.flag.urgent"));
            risk.setText(getTranslation("chat.overview.flag.risk"));
            urgent.addClassNames("live-conversation__flag", "live-conversation__flag--urgent");
            risk.addClassNames("live-conversation__flag", "live-conversation__flag--risk");
            Div details = new Div(status, time, responder, urgent, risk);
            details.addClassName("live-conversation__details");
            Button read = new Button(getTranslation("chat.overview.read-along"), click -> readAlong.accept(current));
            read.setAriaLabel(getTranslation("chat.overview.read-along-label", conversation.shortId()));
            Div actions = new Div(read);
            actions.addClassName("live-conversation__actions");
            if (conversation.deviceKnown()) {
                Button blockDevice = new Button(getTranslation("chat.overview.block"), click -> block.accept(current));
                blockDevice.addThemeVariants(ButtonVariant.LUMO_ERROR);
                blockDevice.setAriaLabel(getTranslation("chat.overview.block-label", conversation.shortId()));
                actions.add(blockDevice);
            } else {
                Span unknown = new Span(getTranslation("chat.overview.block-impossible"));
                unknown.addClassName("live-conversation__note");
                actions.add(unknown);
            }
            add(heading, details, actions);
        }

        void update(LiveConversation conversation, Instant now) {
            current = conversation;
            String tier = getTranslation("chat.rota.tier." + conversation.tier().name());
            status.setText(getTranslation("chat.overview.status." + conversation.status().name(), tier));
            long seconds = conversation.since() == null ? 0 : Duration.between(conversation.since(), now).toSeconds();
            String length = OverviewTexts.duration(this, seconds);
            time.setText(switch (conversation.status()) {
                case WAITING -> getTranslation("chat.overview.time.waiting", length);
                case ASSIGNED -> getTranslation("chat.overview.time.assigned", length);
                case TRANSFER -> getTranslation("chat.overview.time.transfer", length);
            });
            responder.setText(conversation.responder() == null ? ""
                    : getTranslation("chat.overview.responder", conversation.responder()));
            responder.setVisible(conversation.responder() != null);
            urgent.setVisible(conversation.urgent());
            risk.setVisible(conversation.risk());
        }
    }
}
