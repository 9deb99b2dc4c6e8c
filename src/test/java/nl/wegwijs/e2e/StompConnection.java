package nl.wegwijs.e2e;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * One STOMP connection to {@code /ws/chat}, as any client of docs/chat-protocol.md: its events
 * arrive in a queue that the journeys read in order.
 */
abstract class StompConnection implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    private final WebSocketStompClient client;
    final StompSession session;

    StompConnection(int port, WebSocketHttpHeaders http, StompHeaders connect, String queue) throws Exception {
        var socket = new StandardWebSocketClient();
        // Tomcat's client gives a handshake 5 seconds; a busy two-core machine may need longer.
        socket.setUserProperties(Map.of("org.apache.tomcat.websocket.IO_TIMEOUT_MS", String.valueOf(WAIT.toMillis())));
        client = new WebSocketStompClient(socket);
        client.setMessageConverter(new JacksonJsonMessageConverter());
        session = client.connectAsync(URI.create("ws://localhost:" + port + "/ws/chat"), http, connect,
                new StompSessionHandlerAdapter() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        session.subscribe(queue, new StompFrameHandler() {
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

    /** Whatever arrived and was not asked for yet. */
    List<Map<String, Object>> drain() {
        var rest = new ArrayList<Map<String, Object>>();
        events.drainTo(rest);
        return rest;
    }

    void send(String destination, Map<String, ?> body) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body);
    }

    /** What the client sends before it hangs up, to leave the shared desk as it was. */
    abstract void leave();

    @Override
    public void close() {
        if (session.isConnected()) {
            leave();
            session.disconnect();
        }
        client.stop();
    }
}
