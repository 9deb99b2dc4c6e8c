package nl.wegwijs.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * A responder on the other end of a visitor's chat, as any client of docs/chat-protocol.md: a
 * staff account over STOMP with HTTP Basic (the console is not part of these journeys).
 */
final class StompResponder extends StompConnection {

    private final List<String> conversations = new ArrayList<>();

    private StompResponder(int port, String username, String password) throws Exception {
        super(port, basic(username, password), new StompHeaders(), "/user/queue/responder");
    }

    private static WebSocketHttpHeaders basic(String username, String password) {
        var http = new WebSocketHttpHeaders();
        http.setBasicAuth(username, password);
        return http;
    }

    /** Signs in and goes on duty with room for one conversation. */
    static StompResponder onDuty(int port, String username, String password) throws Exception {
        var responder = new StompResponder(port, username, password);
        responder.send("/app/responder.status", Map.of("available", true, "capacity", 1));
        responder.next("status");
        return responder;
    }

    /** The next conversation assigned to this responder (ended again when the responder closes). */
    Map<String, Object> nextAssigned() throws InterruptedException {
        var assigned = next("assigned");
        conversations.add((String) assigned.get("conversationId"));
        return assigned;
    }

    /** The texts of the next messages from the visitor, in the order they arrive. */
    List<String> nextVisitorTexts(int count) throws InterruptedException {
        var texts = new ArrayList<String>();
        while (texts.size() < count) {
            var message = next("message");
            if ("visitor".equals(message.get("from"))) {
                texts.add((String) message.get("text"));
            }
        }
        return texts;
    }

    void say(String conversationId, String text) {
        send("/app/responder.message",
                Map.of("conversationId", conversationId, "clientMessageId", UUID.randomUUID().toString(), "text", text));
    }

    void end(String conversationId) {
        send("/app/responder.end", Map.of("conversationId", conversationId, "outcome", "listened"));
    }

    /** Leaves the shared desk as it was: no open conversations, nobody on duty. */
    @Override
    void leave() {
        conversations.forEach(this::end);
        send("/app/responder.status", Map.of("available", false));
    }
}
