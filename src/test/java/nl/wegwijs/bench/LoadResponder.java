package nl.wegwijs.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A simulated responder (volunteer or crisis worker, HTTP Basic staff account): goes on duty with
 * a capacity, answers every conversation it is given at a human pace, and ends it with an outcome
 * once both sides have written all their messages and it has read all of the visitor's.
 */
final class LoadResponder implements StompSocket.Handler {

    /** One of this responder's conversations. */
    private static final class Chat {
        final String id;
        int sent;
        boolean ending;

        Chat(String id) {
            this.id = id;
        }
    }

    final String username;
    private final ChatLoadScenario run;
    private final Map<String, Chat> chats = new ConcurrentHashMap<>();
    final CompletableFuture<Integer> onDuty = new CompletableFuture<>();
    private StompSocket socket;
    private volatile int capacityAsked;

    LoadResponder(ChatLoadScenario run, String username) {
        this.run = run;
        this.username = username;
    }

    void connected(StompSocket socket) {
        this.socket = socket;
        run.opened();
        socket.subscribe("/user/queue/responder");
    }

    void available(int capacity) {
        capacityAsked = capacity;
        socket.send("/app/responder.status", Map.of("available", true, "capacity", capacity));
    }

    @Override
    public void event(String type, String body, long receivedNanos) {
        ChatLoadScenario.count(run.events, "responder " + type);
        switch (type) {
            case "status" -> {
                JsonNode status = StompSocket.JSON.readTree(body);
                if (status.get("available").booleanValue() && status.get("capacity").intValue() == capacityAsked) {
                    onDuty.complete(capacityAsked);
                }
            }
            case "assigned" -> {
                var chat = new Chat(StompSocket.JSON.readTree(body).get("conversationId").stringValue());
                chats.put(chat.id, chat);
                run.deliveries.ledger(chat.id);
                run.whenGo(() -> run.later(run.firstMillis() + 1_000, () -> write(chat)));
            }
            case "message" -> {
                JsonNode message = StompSocket.JSON.readTree(body);
                String id = message.get("conversationId").stringValue();
                String text = message.get("text").stringValue();
                run.deliveries.received(id, ChatDeliveries.RESPONDER, message.get("from").stringValue(),
                        message.get("seq").longValue(), ChatLoadScenario.number(text), receivedNanos);
                var chat = chats.get(id);
                if (chat != null) {
                    endIfDone(chat);
                }
            }
            case "ended" -> chats.remove(StompSocket.JSON.readTree(body).get("conversationId").stringValue());
            case "error" -> ChatLoadScenario.count(run.errors, "responder: " + body.replaceAll("\"at\":\"[^\"]*\"", ""));
            default -> {
                // risk-alert, typing, transferred, inactivity-warning: counted only
            }
        }
    }

    private void write(Chat chat) {
        synchronized (chat) {
            if (chat.ending || !chats.containsKey(chat.id) || chat.sent >= run.settings.messagesPerSide()) {
                return;
            }
            chat.sent++;
            run.deliveries.sent(chat.id, ChatDeliveries.RESPONDER, chat.sent);
            socket.send("/app/responder.message", Map.of("conversationId", chat.id, "clientMessageId",
                    "m" + chat.sent, "text", ChatLoadScenario.text(ChatLoadScenario.RESPONDER_TEXTS, chat.sent)));
        }
        if (chat.sent < run.settings.messagesPerSide()) {
            run.later(run.gapMillis(), () -> write(chat));
        } else {
            endIfDone(chat);
        }
    }

    /** Ends the chat once this side wrote everything and read all of the visitor's messages. */
    private void endIfDone(Chat chat) {
        synchronized (chat) {
            if (chat.ending || chat.sent < run.settings.messagesPerSide()
                    || !run.deliveries.receivedAll(chat.id, ChatDeliveries.RESPONDER)) {
                return;
            }
            chat.ending = true;
        }
        // A moment to read the last line and say goodbye, as a person would.
        run.later(1_000, () -> socket.send("/app/responder.end", Map.of("conversationId", chat.id, "outcome",
                "listened")));
    }

    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public void lost(String why) {
        run.connectionLost("responder", "responder " + why);
    }
}
