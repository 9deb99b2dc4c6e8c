package nl.wegwijs.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * A simulated visitor: connects anonymously, subscribes to its queue, starts a chat and waits;
 * once a responder is with it (and the run has begun), writes its messages at a human pace and
 * stays until the responder ends the chat.
 */
final class LoadVisitor implements StompSocket.Handler {

    private final ChatLoadScenario run;
    private final int index;
    final CompletableFuture<String> waiting = new CompletableFuture<>();
    private StompSocket socket;
    private volatile String conversationId;
    private long startedNanos;
    private int sent;
    private volatile boolean ended;

    LoadVisitor(ChatLoadScenario run, int index) {
        this.run = run;
        this.index = index;
    }

    /** Connected, subscribed and started; {@link #waiting} completes with queued, assigned or unavailable. */
    void start(StompSocket socket) {
        this.socket = socket;
        run.opened();
        socket.subscribe("/user/queue/chat");
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("nickname", "Bezoeker " + index);
        start.put("language", "nl");
        if (run.settings.urgentEvery() > 0 && index % run.settings.urgentEvery() == 0) {
            start.put("urgent", true);
        }
        startedNanos = System.nanoTime();
        socket.send("/app/chat.start", start);
    }

    @Override
    public void event(String type, String body, long receivedNanos) {
        ChatLoadScenario.count(run.events, "visitor " + type);
        switch (type) {
            case "queued" -> waiting.complete(type);
            case "started" -> {
                conversationId = StompSocket.JSON.readTree(body).get("conversationId").stringValue();
                run.deliveries.ledger(conversationId);
            }
            case "assigned" -> {
                synchronized (run.waitForResponder) {
                    run.waitForResponder.add(receivedNanos - startedNanos);
                }
                run.answered.incrementAndGet();
                waiting.complete(type);
                run.whenGo(() -> run.later(run.firstMillis(), this::write));
            }
            case "message" -> {
                JsonNode message = StompSocket.JSON.readTree(body);
                String text = message.get("text").stringValue();
                run.deliveries.received(message.get("conversationId").stringValue(), ChatDeliveries.VISITOR,
                        message.get("from").stringValue(), message.get("seq").longValue(),
                        ChatLoadScenario.number(text), receivedNanos);
            }
            case "unavailable" -> {
                run.refused.incrementAndGet();
                waiting.complete(type);
            }
            case "ended" -> {
                if (!ended) {
                    ended = true;
                    run.finished.countDown();
                }
            }
            case "error" -> ChatLoadScenario.count(run.errors, "visitor: " + body.replaceAll("\"at\":\"[^\"]*\"", ""));
            default -> {
                // typing, urgent-help, inactivity-warning: counted only
            }
        }
    }

    /** One message, then the next after a human pause, until all are written or the chat ended. */
    private void write() {
        synchronized (this) {
            if (ended || sent >= run.settings.messagesPerSide()) {
                return;
            }
            sent++;
            run.deliveries.sent(conversationId, ChatDeliveries.VISITOR, sent);
            socket.send("/app/chat.message", Map.of("conversationId", conversationId, "clientMessageId",
                    "m" + sent, "text", ChatLoadScenario.text(ChatLoadScenario.VISITOR_TEXTS, sent)));
        }
        run.later(run.gapMillis(), this::write);
    }

    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public void lost(String why) {
        run.connectionLost("visitor", "visitor " + why);
        waiting.completeExceptionally(new IllegalStateException(why));
    }
}
