package nl.wegwijs.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.chat.Conversation.State;

/**
 * A conversation taken by a responder, a warm transfer completed, and the events that tell both
 * sides. Runs under the {@link Switchboard}'s lock, then the conversation's monitor.
 */
final class Assignments {

    private final Switchboard board;

    Assignments(Switchboard board) {
        this.board = board;
    }

    void assign(Conversation conversation, Staff.Member member, Instant now) {
        synchronized (conversation) {
            String previous = conversation.transferFrom;
            conversation.transferFrom = null;
            conversation.responder = member.username;
            conversation.responderTier = member.tier;
            conversation.state = State.ASSIGNED;
            if (conversation.firstAssignedAt == null) {
                conversation.firstAssignedAt = now;
                conversation.lastActivity = now;
                conversation.warned = false;
            }
            conversation.assignedAt = now;
            member.conversations.add(conversation.id);
            member.lastAssignedAt = now;
            if (previous != null) {
                handOver(conversation, previous, member, now);
            }
            board.out.toResponder(member.username, forResponder(conversation, now));
            board.out.toVisitor(conversation, forVisitor(conversation, now));
            board.sendStatus(member);
        }
    }

    private void handOver(Conversation conversation, String previous, Staff.Member member, Instant now) {
        var system = conversation.append("system",
                board.translations.getTranslation("chat.system.colleague-joined", conversation.language), null, now);
        board.transcripts.message(system);
        board.out.toVisitor(conversation, system);
        var before = board.staff.get(previous);
        before.conversations.remove(conversation.id);
        board.out.toResponder(previous, ChatEvent.of("transferred", now, "conversationId", conversation.id,
                "toTier", member.tier.name(), "joined", true));
        board.sendStatus(before);
    }

    /** The responder's {@code assigned}: who, about what, and the whole transcript so far. */
    ChatEvent forResponder(Conversation conversation, Instant now) {
        var history = conversation.messagesAfter(0).stream()
                .map(message -> Conversation.forAudience(message, "responder").body()).toList();
        return ChatEvent.of("assigned", now, "conversationId", conversation.id,
                "nickname", conversation.nickname, "topic", conversation.topic, "urgent", conversation.urgent,
                "risk", conversation.risk, "history", history);
    }

    /** The visitor's {@code assigned}: a first name or role name, never an account. */
    ChatEvent forVisitor(Conversation conversation, Instant now) {
        return ChatEvent.of("assigned", now, "responderName", board.translations.getTranslation(
                "chat.responder." + conversation.responderTier.name().toLowerCase(), conversation.language));
    }

    /** What a responder's new connection needs: their status, then each conversation they hold with its history. */
    List<ChatEvent> stateOf(Staff.Member member, Instant now) {
        var events = new ArrayList<ChatEvent>();
        events.add(status(member, now));
        for (String id : member.conversations) {
            var conversation = board.find(id);
            if (conversation != null && conversation.state == State.ASSIGNED) {
                synchronized (conversation) {
                    events.add(forResponder(conversation, now));
                }
            }
        }
        return events;
    }

    ChatEvent status(Staff.Member member, Instant now) {
        return ChatEvent.of("status", now, "available", member.available,
                "capacity", member.capacity, "active", member.conversations.size());
    }
}
