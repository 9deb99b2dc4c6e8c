package nl.wegwijs.chat;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sends every event to each transport; one failing transport never stops the others or the desk. */
@Component
class Outboxes {

    private static final Logger log = LoggerFactory.getLogger(Outboxes.class);

    private final List<ChatOutbox> outboxes;

    Outboxes(List<ChatOutbox> outboxes) {
        this.outboxes = outboxes;
    }

    void toVisitor(Conversation conversation, ChatEvent event) {
        String visitor = conversation.visitor;
        if (visitor == null) {
            return;
        }
        for (ChatOutbox outbox : outboxes) {
            try {
                outbox.toVisitor(visitor, event.type().equals("message") ? Conversation.forAudience(event, "visitor")
                        : event.with("conversationId", conversation.id));
            } catch (RuntimeException e) {
                log.warn("Could not deliver a chat event of type {}: {}", event.type(), e.getClass().getSimpleName());
            }
        }
    }

    void toResponder(String username, ChatEvent event) {
        if (username == null) {
            return;
        }
        for (ChatOutbox outbox : outboxes) {
            try {
                outbox.toResponder(username, event.type().equals("message")
                        ? Conversation.forAudience(event, "responder") : event);
            } catch (RuntimeException e) {
                log.warn("Could not deliver a chat event of type {}: {}", event.type(), e.getClass().getSimpleName());
            }
        }
    }

    /** Whether any transport still has an open connection of the responder; a failing one says no. */
    boolean reach(String username) {
        for (ChatOutbox outbox : outboxes) {
            try {
                if (outbox.reaches(username)) {
                    return true;
                }
            } catch (RuntimeException e) {
                log.warn("Could not ask a chat transport about a connection: {}", e.getClass().getSimpleName());
            }
        }
        return false;
    }
}
