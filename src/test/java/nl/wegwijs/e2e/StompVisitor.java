package nl.wegwijs.e2e;

import java.util.Map;
import java.util.UUID;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.web.socket.WebSocketHttpHeaders;

/** An anonymous visitor with a device token, as any client of docs/chat-protocol.md (no browser needed). */
final class StompVisitor extends StompConnection {

    private String conversationId;

    StompVisitor(int port, String deviceToken) throws Exception {
        super(port, new WebSocketHttpHeaders(), deviceToken(deviceToken), "/user/queue/chat");
    }

    private static StompHeaders deviceToken(String deviceToken) {
        var connect = new StompHeaders();
        connect.set("device-token", deviceToken);
        return connect;
    }

    /** Starts a chat and returns its conversation id. */
    String start() throws InterruptedException {
        send("/app/chat.start", Map.of("language", "nl"));
        conversationId = (String) next("started").get("conversationId");
        return conversationId;
    }

    void say(String text) {
        send("/app/chat.message", Map.of("conversationId", conversationId, "clientMessageId",
                UUID.randomUUID().toString(), "text", text));
    }

    @Override
    void leave() {
        if (conversationId != null) {
            send("/app/chat.end", Map.of("conversationId", conversationId));
        }
    }
}
