package nl.wegwijs.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.wegwijs.chat.Conversation.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How conversations end: by a side, by silence, or at once when nobody can answer. Runs under the Switchboard's lock. */
final class Endings {

    /** How long after the end a dropped visitor may still resume to see the last messages and the end. */
    static final Duration RESUME_AFTER_END = Duration.ofMinutes(5);
    /** How long a responder whose connections all closed stays on duty (a train tunnel, a new tab). */
    static final Duration RESPONDER_GRACE = Duration.ofSeconds(60);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger log = LoggerFactory.getLogger(Endings.class);

    private final Switchboard board;
    private final ChatStatistics statistics;

    Endings(Switchboard board, ChatStatistics statistics) {
        this.board = board;
        this.statistics = statistics;
    }

    void unavailable(Conversation conversation, String reason) {
        board.out.toVisitor(conversation, ChatEvent.of("unavailable", board.clock.instant(), "reason", reason));
        end(conversation, "unavailable", reason);
    }

    void end(Conversation conversation, String reason, String outcome) {
        Instant now = board.clock.instant();
        synchronized (conversation) {
            if (conversation.state == State.ENDED) {
                return;
            }
            conversation.state = State.ENDED;
            conversation.endedAt = now;
            conversation.endReason = reason;
            board.transcripts.ended(conversation);
            board.out.toVisitor(conversation, ChatEvent.of("ended", now, "reason", reason));
            release(conversation, conversation.responder, reason, now);
            if (conversation.transferFrom != null && !conversation.transferFrom.equals(conversation.responder)) {
                release(conversation, conversation.transferFrom, reason, now);
            }
        }
        if (conversation.firstAssignedAt != null) {
            board.estimate.answeredChatLasted(Duration.between(conversation.firstAssignedAt, now).toSeconds());
        }
        record(conversation, outcome, now);
    }

    private void release(Conversation conversation, String username, String reason, Instant now) {
        var member = username == null ? null : board.staff.get(username);
        if (member == null) {
            return;
        }
        member.conversations.remove(conversation.id);
        board.out.toResponder(username, ChatEvent.of("ended", now, "conversationId", conversation.id, "reason", reason));
        board.sendStatus(member);
    }

    private void record(Conversation conversation, String outcome, Instant now) {
        Long wait = conversation.firstAssignedAt == null ? null
                : Duration.between(conversation.startedAt, conversation.firstAssignedAt).toSeconds();
        var summary = new ConversationSummary(conversation.startedAt, conversation.startedAt.atZone(ZONE).getHour(),
                wait, Duration.between(conversation.startedAt, now).toSeconds(),
                conversation.responderTier == null ? null : conversation.responderTier.name(), outcome,
                conversation.urgent, conversation.escalated);
        try {
            statistics.record(summary);
        } catch (RuntimeException e) {
            // Statistics are worth less than a working chat; the failure is visible in the log.
            log.error("Could not record chat statistics: {}", e.getClass().getSimpleName());
        }
    }

    /** Silence: a warning after the set time, the end after the grace; a visitor who never came back while waiting. */
    void checkTimers(Conversation conversation, Instant now) {
        var properties = board.properties;
        synchronized (conversation) {
            if (conversation.state == State.QUEUED && conversation.visitorGoneAt != null
                    && conversation.visitorGoneAt.plus(properties.inactivityClose()).isBefore(now)) {
                end(conversation, "inactive", "inactive");
                return;
            }
            if (conversation.state != State.ASSIGNED) {
                return;
            }
            Instant warnAt = conversation.lastActivity.plus(properties.inactivityWarning());
            if (!conversation.warned && !now.isBefore(warnAt)) {
                conversation.warned = true;
                var warning = ChatEvent.of("inactivity-warning", now,
                        "closesInSeconds", properties.inactivityClose().toSeconds());
                board.out.toVisitor(conversation, warning);
                board.out.toResponder(conversation.responder, warning.with("conversationId", conversation.id));
            } else if (conversation.warned && !now.isBefore(warnAt.plus(properties.inactivityClose()))) {
                end(conversation, "inactive", "inactive");
            }
        }
    }
}
