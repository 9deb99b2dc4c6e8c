package nl.wegwijs.e2e;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A responder on the other end of a visitor's chat, as any client of docs/chat-protocol.md: a
 * staff account over STOMP with HTTP Basic (the console is not part of these journeys).
 */
final class StompResponder implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    private final List<String> conversations = new ArrayList<>();
    private final WebSocketStompClient client;
    private final StompSession session;

    private StompResponder(int port, String username, String password) throws Exception {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        var http = new WebSocketHttpHeaders();
        http.setBasicAuth(username, password);
        session = client.connectAsync(URI.create("ws://localhost:" + port + "/ws/chat"), http, new StompHeaders(),
                new StompSessionHandlerAdapter() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        session.subscribe("/user/queue/responder", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                events.add((Map<String, Object>) payload);
            }
        });
    }

    /** Signs in and goes on duty with room for one conversation. */
    static StompResponder onDuty(int port, String username, String password) throws Exception {
        var responder = new StompResponder(port, username, password);
        responder.send("/app/responder.status", Map.of("available", true, "capacity", 1));
        responder.next("status");
        return responder;
    }

    /** The next event of this type, skipping others (typing, queue summaries) on the way. */
    Map<String, Object> next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && type.equals(event.get("type"))) {
                return event;
            }
        }
        throw new AssertionError("No '" + type + "' event within " + WAIT);
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

    /** Whatever arrived and was not asked for yet. */
    List<Map<String, Object>> drain() {
        var rest = new ArrayList<Map<String, Object>>();
        events.drainTo(rest);
        return rest;
    }

    void say(String conversationId, String text) {
        send("/app/responder.message",
                Map.of("conversationId", conversationId, "clientMessageId", UUID.randomUUID().toString(), "text", text));
    }

    void end(String conversationId) {
        send("/app/responder.end", Map.of("conversationId", conversationId, "outcome", "listened"));
    }

    private void send(String destination, Map<String, ?> body) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body);
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            // Leave the shared desk as it was: no open conversations, nobody on duty.
            conversations.forEach(this::end);
            send("/app/responder.status", Map.of("available", false));
            session.disconnect();
        }
        client.stop();
    }
}
