package nl.wegwijs.chat.web;

import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.ChatOutbox;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/** Delivers the desk's events as STOMP messages on the private queues of the protocol. */
@Component
class StompOutbox implements ChatOutbox {

    static final String VISITOR_QUEUE = "/queue/chat";
    static final String RESPONDER_QUEUE = "/queue/responder";

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;

    StompOutbox(@Lazy SimpMessagingTemplate messaging, @Lazy SimpUserRegistry users) {
        this.messaging = messaging;
        this.users = users;
    }

    @Override
    public boolean reaches(String username) {
        return users.getUser(username) != null;
    }

    @Override
    public void toVisitor(String connection, ChatEvent event) {
        messaging.convertAndSendToUser(connection, VISITOR_QUEUE, event.body());
    }

    @Override
    public void toResponder(String username, ChatEvent event) {
        messaging.convertAndSendToUser(username, RESPONDER_QUEUE, event.body());
    }

    /** An error for one connection, on the queue it listens to. */
    void error(String user, boolean responder, String code, String message, String clientMessageId) {
        var event = ChatEvent.of("error", java.time.Instant.now(), "code", code, "message", message,
                "clientMessageId", clientMessageId);
        messaging.convertAndSendToUser(user, responder ? RESPONDER_QUEUE : VISITOR_QUEUE, event.body());
    }
}
