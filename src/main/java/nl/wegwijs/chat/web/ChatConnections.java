package nl.wegwijs.chat.web;

import nl.wegwijs.chat.ChatDesk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/** A closed connection: its rate limits go, and the desk learns that the visitor or responder left. */
@Component
class ChatConnections {

    private final ChatDesk desk;
    private final ConnectionLimits limits;

    ChatConnections(ChatDesk desk, ConnectionLimits limits) {
        this.desk = desk;
        this.limits = limits;
    }

    @EventListener
    void closed(SessionDisconnectEvent event) {
        limits.closed(event.getSessionId());
        if (event.getUser() != null) {
            desk.connectionClosed(event.getUser());
        }
    }
}
