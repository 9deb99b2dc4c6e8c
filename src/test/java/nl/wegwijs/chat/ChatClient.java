package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A real STOMP 1.2 client over a real WebSocket, as any client of docs/chat-protocol.md: it
 * collects the events of its private queue and can cut its connection without saying goodbye.
 */
final class ChatClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);
    private static final ThreadPoolTaskScheduler HEART_BEATS = heartBeats();

    final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    final List<Map<String, Object>> seen = new ArrayList<>();
    private final StompSession session;
    private final CutClient socket;
    private final String queue;

    private ChatClient(int port, String basicUser, String queue, StompHeaders connectHeaders,
            WebSocketHttpHeaders httpHeaders) {
        this.queue = queue;
        var standard = new StandardWebSocketClient();
        // Tomcat's client gives a handshake 5 seconds: too short for the first one on a busy two-core machine.
        standard.setUserProperties(Map.of("org.apache.tomcat.websocket.IO_TIMEOUT_MS", String.valueOf(WAIT.toMillis())));
        this.socket = new CutClient(standard);
        var stomp = new WebSocketStompClient(socket);
        // Raw strings go out as they are (to send broken JSON); everything else as JSON.
        stomp.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new JacksonJsonMessageConverter())));
        stomp.setTaskScheduler(HEART_BEATS);
        stomp.setDefaultHeartbeat(new long[] {10_000, 10_000});
        if (basicUser != null) {
            httpHeaders.setBasicAuth(basicUser, "demo");
        }
        try {
            session = stomp.connectAsync(URI.create("ws://localhost:" + port + "/ws/chat"), httpHeaders,
                    connectHeaders, new StompSessionHandlerAdapter() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect", e);
        }
        subscribe(queue);
    }

    static ChatClient visitor(int port) {
        return new ChatClient(port, null, "/user/queue/chat", new StompHeaders(), new WebSocketHttpHeaders());
    }

    static ChatClient visitor(int port, StompHeaders connectHeaders, WebSocketHttpHeaders httpHeaders) {
        return new ChatClient(port, null, "/user/queue/chat", connectHeaders, httpHeaders);
    }

    /** A connection with HTTP Basic credentials that listens on the given queues. */
    static ChatClient signedIn(int port, String username, String... queues) {
        var client = new ChatClient(port, username, queues[0], new StompHeaders(), new WebSocketHttpHeaders());
        for (int i = 1; i < queues.length; i++) {
            client.subscribe(queues[i]);
        }
        return client;
    }

    static ChatClient responder(int port, String username) {
        return new ChatClient(port, username, "/user/queue/responder", new StompHeaders(), new WebSocketHttpHeaders());
    }

    ChatClient alsoSubscribe(String destination) {
        subscribe(destination);
        return this;
    }

    /** Subscribes; the server handles a connection's frames in order, so later sends find it in place. */
    private void subscribe(String destination) {
        session.subscribe(destination, new StompFrameHandler() {
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

    void send(String destination, Map<String, ?> body) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body);
    }

    void sendRaw(String destination, String body) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.TEXT_PLAIN);
        session.send(headers, body);
    }

    /** The next event of this type; events of other types on the way are kept in {@link #seen}. */
    Map<String, Object> await(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> event = poll(Duration.ofNanos(deadline - System.nanoTime()));
            if (event != null && type.equals(event.get("type"))) {
                return event;
            }
        }
        throw new AssertionError("No '" + type + "' event within " + WAIT + "; seen: " + seen);
    }

    /** Every event that arrives until the connection has been quiet for the given time. */
    List<Map<String, Object>> drain(Duration quiet) {
        var drained = new ArrayList<Map<String, Object>>();
        Map<String, Object> event;
        while ((event = poll(quiet)) != null) {
            drained.add(event);
        }
        return drained;
    }

    /** Asserts that no event of this type arrives within the given time. */
    void expectNo(String type, Duration within) {
        assertThat(drain(within)).as("events of type %s", type).noneMatch(event -> type.equals(event.get("type")));
    }

    private Map<String, Object> poll(Duration timeout) {
        try {
            Map<String, Object> event = events.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (event != null) {
                seen.add(event);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the connection as a phone losing signal does: no DISCONNECT frame. */
    void cut() {
        socket.cut();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static ThreadPoolTaskScheduler heartBeats() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.setThreadNamePrefix("test-stomp-");
        scheduler.initialize();
        return scheduler;
    }

    /** A WebSocket client that remembers its socket, so a test can close it abruptly. */
    private static final class CutClient implements WebSocketClient {

        private final WebSocketClient delegate;
        private volatile WebSocketSession socket;

        CutClient(WebSocketClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, String uriTemplate,
                Object... uriVariables) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, WebSocketHttpHeaders headers,
                URI uri) {
            return delegate.execute(new WebSocketHandlerDecorator(handler) {
                @Override
                public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                    socket = session;
                    super.afterConnectionEstablished(session);
                }
            }, headers, uri);
        }

        void cut() {
            try {
                socket.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
