package nl.wegwijs.e2e;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
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

/** An anonymous visitor with a device token, as any client of docs/chat-protocol.md (no browser needed). */
final class StompVisitor implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    private final WebSocketStompClient client;
    private final StompSession session;
    private String conversationId;

    StompVisitor(int port, String deviceToken) throws Exception {
        var socket = new StandardWebSocketClient();
        // Tomcat's client gives a handshake 5 seconds; a busy two-core machine may need longer.
        socket.setUserProperties(Map.of("org.apache.tomcat.websocket.IO_TIMEOUT_MS", String.valueOf(WAIT.toMillis())));
        client = new WebSocketStompClient(socket);
        client.setMessageConverter(new JacksonJsonMessageConverter());
        var connect = new StompHeaders();
        connect.set("device-token", deviceToken);
        session = client.connectAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new WebSocketHttpHeaders(),
                connect, new StompSessionHandlerAdapter() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        session.subscribe("/user/queue/chat", new StompFrameHandler() {
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

    /** The next event of this type, skipping others on the way. */
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

    private void send(String destination, Map<String, ?> body) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body);
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            if (conversationId != null) {
                send("/app/chat.end", Map.of("conversationId", conversationId));
            }
            session.disconnect();
        }
        client.stop();
    }
}
