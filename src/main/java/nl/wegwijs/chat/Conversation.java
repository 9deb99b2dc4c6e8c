package nl.wegwijs.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live state of one conversation. Routing fields change under the {@link Switchboard}'s lock;
 * the transcript (seq, messages) under this object's own monitor, so messages of different
 * conversations never wait for each other.
 */
final class Conversation {

    enum State { QUEUED, ASSIGNED, ENDED }

    final String id;
    final String resumeToken;
    final String nickname;
    final String topic;
    final boolean urgent;
    final Locale language;
    final Instant startedAt;
    final long arrival;
    /** SHA-256 of the visitor's device token, so a coordinator can block this device; never the token. */
    final String deviceHash;

    volatile String visitor;
    volatile State state = State.QUEUED;
    volatile String responder;
    Tier responderTier;
    Instant firstAssignedAt;
    Instant assignedAt;

    Tier wantedTier;
    Instant waitingSince;
    /** The responder who stays during a warm transfer until a colleague of {@link #wantedTier} joins. */
    String transferFrom;
    boolean risk;
    boolean escalated;
    Instant visitorGoneAt;

    Instant lastActivity;
    boolean warned;
    Instant endedAt;
    String endReason;
    QueueSlot lastQueued;

    private final List<ChatEvent> messages = new ArrayList<>();
    private final Map<String, ChatEvent> byClientMessageId = new HashMap<>();
    private final Map<String, Instant> lastTyping = new HashMap<>();

    Conversation(String id, String resumeToken, ChatStart start, String visitor, Instant now, long arrival) {
        this.id = id;
        this.resumeToken = resumeToken;
        this.nickname = start.nickname();
        this.topic = start.topic();
        this.urgent = start.urgent();
        this.language = start.language();
        this.visitor = visitor;
        this.startedAt = now;
        this.arrival = arrival;
        String deviceToken = start.deviceToken();
        this.deviceHash = deviceToken == null || deviceToken.isBlank() ? null : ChatBlocks.hash(deviceToken);
        this.lastActivity = now;
        this.wantedTier = start.urgent() ? Tier.CRISIS : Tier.VOLUNTEER;
        this.waitingSince = now;
    }

    /** The event already made for this sender's client message id, if it was sent before. */
    ChatEvent sent(String from, String clientMessageId) {
        return clientMessageId == null ? null : byClientMessageId.get(from + ":" + clientMessageId);
    }

    /** Adds a message with the next sequence number; the caller holds this object's monitor. */
    ChatEvent append(String from, String text, String clientMessageId, Instant at) {
        var event = ChatEvent.of("message", at, "conversationId", id, "seq", messages.size() + 1, "from", from,
                "text", text, "sentAt", at.toString(), "clientMessageId", clientMessageId);
        messages.add(event);
        if (clientMessageId != null) {
            byClientMessageId.put(from + ":" + clientMessageId, event);
        }
        lastActivity = at;
        warned = false;
        return event;
    }

    List<ChatEvent> messagesAfter(long seq) {
        return seq >= messages.size() ? List.of() : List.copyOf(messages.subList((int) Math.max(0, seq), messages.size()));
    }

    /** Whether a typing signal from this side may be passed on now (at most one per interval). */
    boolean typingAllowed(String from, Instant now, java.time.Duration interval) {
        Instant last = lastTyping.get(from);
        if (last != null && now.isBefore(last.plus(interval))) {
            return false;
        }
        lastTyping.put(from, now);
        return true;
    }

    boolean priority() {
        return urgent || risk;
    }

    boolean waiting() {
        return state == State.QUEUED || (state == State.ASSIGNED && transferFrom != null);
    }

    /** A message event as one audience sees it: a client message id only on the sender's own messages. */
    static ChatEvent forAudience(ChatEvent message, String audience) {
        return audience.equals(message.get("from")) ? message : message.with("clientMessageId", null);
    }

    record QueueSlot(int position, int estimateMinMinutes, int estimateMaxMinutes) {
    }
}
