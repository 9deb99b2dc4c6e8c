package nl.wegwijs.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import tools.jackson.databind.json.JsonMapper;

/**
 * One STOMP 1.2 connection over {@code java.net.http.WebSocket}, as an independent client of
 * docs/chat-protocol.md would speak it: a small hand-written frame codec, no thread per
 * connection (the HttpClient's selector and a shared executor carry all sockets). Frames go out
 * one after the other (a WebSocket allows one outstanding send); events of the private queue are
 * handed to the {@link Handler} with the moment they arrived.
 */
final class StompSocket implements WebSocket.Listener {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the owner of a socket hears. */
    interface Handler {

        /** A MESSAGE on the subscription: its JSON body's {@code type}, the raw body, and when it arrived. */
        void event(String type, String body, long receivedNanos);

        /** The connection closed or failed, not at our asking. */
        void lost(String why);
    }

    final String name;
    private final Handler handler;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<StompSocket> connected = new CompletableFuture<>();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile boolean closing;
    private final java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long lastSentNanos = System.nanoTime();

    private StompSocket(String name, Handler handler) {
        this.name = name;
        this.handler = handler;
    }

    /** Opens the WebSocket, sends CONNECT (heart-beats 10 s both ways) and completes on CONNECTED. */
    static CompletableFuture<StompSocket> open(HttpClient client, URI endpoint, String name, String basicUser,
            String password, Handler handler) {
        var stomp = new StompSocket(name, handler);
        var builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).subprotocols("v12.stomp");
        if (basicUser != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        builder.buildAsync(endpoint, stomp).whenComplete((socket, failure) -> {
            if (failure != null) {
                stomp.connected.completeExceptionally(failure);
            }
        });
        return stomp.connected;
    }

    void subscribe(String destination) {
        send("SUBSCRIBE\nid:0\ndestination:" + destination + "\n\n\0");
    }

    /** SEND with a JSON body to an {@code /app/...} destination. */
    void send(String destination, Map<String, ?> body) {
        byte[] json = JSON.writeValueAsBytes(body);
        send("SEND\ndestination:" + destination + "\ncontent-type:application/json\ncontent-length:" + json.length
                + "\n\n" + new String(json, StandardCharsets.UTF_8) + "\0");
    }

    /** An EOL heart-beat when nothing else went out for {@code idleNanos}. */
    void heartBeatIfIdle(long now, long idleNanos) {
        if (!closing && connected.isDone() && now - lastSentNanos > idleNanos) {
            send("\n");
        }
    }

    /** DISCONNECT, then a normal close. */
    void close() {
        closing = true;
        send("DISCONNECT\n\n\0");
        synchronized (this) {
            sending = sending.handle((ignored, failure) -> null)
                    .thenCompose(ignored -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
        }
    }

    private synchronized void send(String frame) {
        lastSentNanos = System.nanoTime();
        WebSocket ws = socket;
        sending = sending.handle((ignored, failure) -> null).thenCompose(ignored -> ws.sendText(frame, true))
                .whenComplete((ignored, failure) -> {
                    if (failure != null && !closing) {
                        lostOnce("send failed: " + failure);
                    }
                });
    }

    /** Tells the handler once that this connection is gone; later failures of the same socket follow from it. */
    private void lostOnce(String why) {
        if (lost.compareAndSet(false, true)) {
            handler.lost(why);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        this.socket = webSocket;
        webSocket.request(1);
        send("CONNECT\naccept-version:1.2\nhost:wegwijs\nheart-beat:10000,10000\n\n\0");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            frame(text, now);
        }
        webSocket.request(1);
        return null;
    }

    private void frame(String text, long receivedNanos) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++; // heart-beats
        }
        if (start == text.length()) {
            return;
        }
        int headersEnd = text.indexOf("\n\n", start);
        String command = text.substring(start, text.indexOf('\n', start));
        switch (command) {
            case "CONNECTED" -> connected.complete(this);
            case "MESSAGE" -> {
                int end = text.indexOf('\0', headersEnd);
                String body = text.substring(headersEnd + 2, end < 0 ? text.length() : end);
                handler.event(type(body), body, receivedNanos);
            }
            case "ERROR" -> {
                connected.completeExceptionally(new IllegalStateException("STOMP ERROR: " + text));
                if (!closing) {
                    lostOnce("STOMP ERROR frame: " + text.replace('\0', ' ').replace('\n', ' ').strip());
                }
            }
            default -> {
                // RECEIPT and others: not asked for
            }
        }
    }

    /** The event's type without parsing the whole body: the server writes {@code "type"} first. */
    static String type(String body) {
        int key = body.indexOf("\"type\":\"");
        if (key < 0) {
            return "?";
        }
        int from = key + 8;
        return body.substring(from, body.indexOf('"', from));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            lostOnce("closed by the server: " + statusCode + " " + reason);
        }
        connected.completeExceptionally(new IllegalStateException("closed: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        connected.completeExceptionally(error);
        if (!closing) {
            lostOnce("error: " + error);
        }
    }
}
