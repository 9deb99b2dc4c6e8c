package nl.wegwijs.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Connections for a chat test, and a clean desk afterwards: every conversation ended, everyone off duty. */
abstract class ChatTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    Switchboard board;

    private final List<ChatClient> clients = new ArrayList<>();

    ChatClient visitor() {
        return keep(ChatClient.visitor(port));
    }

    ChatClient responder(String username) {
        return keep(ChatClient.responder(port, username));
    }

    /** A responder on duty with the given capacity, after the desk confirmed it. */
    ChatClient onDuty(String username, int capacity) {
        var responder = responder(username);
        responder.send("/app/responder.status", Map.of("available", true, "capacity", capacity));
        responder.await("status");
        return responder;
    }

    ChatClient keep(ChatClient client) {
        clients.add(client);
        return client;
    }

    /** Starts a chat and returns the {@code started} event. */
    static Map<String, Object> start(ChatClient visitor, Map<String, ?> body) {
        visitor.send("/app/chat.start", body);
        return visitor.await("started");
    }

    static void say(ChatClient client, boolean responder, Object conversationId, String clientMessageId, String text) {
        client.send(responder ? "/app/responder.message" : "/app/chat.message",
                Map.of("conversationId", conversationId, "clientMessageId", clientMessageId, "text", text));
    }

    @AfterEach
    void clearTheDesk() {
        clients.forEach(ChatClient::close);
        synchronized (board) {
            board.conversations.values().stream().filter(c -> c.state != Conversation.State.ENDED)
                    .forEach(c -> board.endByVisitor(c.visitor, c.id));
            board.staff.all().forEach(member -> member.available = false);
        }
    }
}
