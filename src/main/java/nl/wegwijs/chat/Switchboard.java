package nl.wegwijs.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijs.chat.Conversation.State;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.stereotype.Component;

/**
 * Routing: who waits, who answers, who takes over. Every routing change happens under this
 * object's lock, then (nested) the conversation's monitor; never the other way round.
 */
@Component
class Switchboard {

    private static final SecureRandom RANDOM = new SecureRandom();

    final ChatProperties properties;
    final Clock clock;
    final Outboxes out;
    final Transcripts transcripts;
    final Staff staff;
    final WaitEstimate estimate;
    final Translations translations;
    private final DeviceBlocks blocks;
    private final Endings endings;
    private final Assignments assignments;
    private final QueueLine line = new QueueLine();
    final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, Conversation> byToken = new ConcurrentHashMap<>();
    private final AtomicLong arrivals = new AtomicLong();

    Switchboard(ChatProperties properties, Clock clock, Outboxes out, Transcripts transcripts, DutyRota rota,
            DeviceBlocks blocks, ChatStatistics statistics, Translations translations) {
        this.properties = properties;
        this.clock = clock;
        this.out = out;
        this.transcripts = transcripts;
        this.staff = new Staff(rota);
        this.estimate = new WaitEstimate(properties.defaultChatMinutes());
        this.translations = translations;
        this.blocks = blocks;
        this.endings = new Endings(this, statistics);
        this.assignments = new Assignments(this);
    }

    Conversation find(String id) {
        return id == null ? null : conversations.get(id);
    }

    Conversation start(String visitor, ChatStart start) {
        Instant now = clock.instant();
        var conversation = new Conversation("c-" + token(), "r-" + token(), start, visitor, now,
                arrivals.getAndIncrement());
        // Stored before routing: nobody can reach the conversation yet, and the database's time is
        // not spent under the routing lock, which every start, end and status change needs.
        transcripts.started(conversation);
        synchronized (this) {
            conversations.put(conversation.id, conversation);
            byToken.put(conversation.resumeToken, conversation);
            out.toVisitor(conversation, ChatEvent.of("started", now, "resumeToken", conversation.resumeToken));
            String refusal = refusal(start, now);
            if (refusal != null) {
                endings.unavailable(conversation, refusal);
                return conversation;
            }
            if (start.urgent()) {
                alert(conversation, "urgent", now);
            }
            dispatch();
            return conversation;
        }
    }

    private String refusal(ChatStart start, Instant now) {
        if (isBlocked(start.deviceToken())) {
            return "blocked";
        }
        if (staff.onDuty(now).isEmpty()) {
            return "nobody-on-duty";
        }
        long waiting = conversations.values().stream().filter(c -> c.state == State.QUEUED).count();
        return waiting > properties.maxQueue() ? "queue-full" : null;
    }

    private boolean isBlocked(String deviceToken) {
        try {
            return deviceToken != null && !deviceToken.isBlank() && blocks.isBlocked(deviceToken);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A risky visitor message: the 112/113 panel, an alert, and the crisis tier takes over. */
    synchronized void risky(Conversation conversation) {
        if (conversation.risk || conversation.state == State.ENDED) {
            return;
        }
        Instant now = clock.instant();
        conversation.risk = true;
        conversation.escalated = true;
        alert(conversation, "lexicon", now);
        if (conversation.state == State.QUEUED && conversation.wantedTier != Tier.CRISIS) {
            conversation.wantedTier = Tier.CRISIS;
            conversation.waitingSince = now;
        } else if (conversation.state == State.ASSIGNED && conversation.responderTier == Tier.VOLUNTEER
                && conversation.transferFrom == null) {
            beginTransfer(conversation, conversation.responder, Tier.CRISIS, now);
        }
        dispatch();
    }

    private void alert(Conversation conversation, String reason, Instant now) {
        out.toVisitor(conversation, ChatEvent.of("urgent-help", now));
        var alert = ChatEvent.of("risk-alert", now, "conversationId", conversation.id, "reason", reason);
        staff.onDuty(now).stream().filter(member -> member.tier == Tier.CRISIS)
                .forEach(member -> out.toResponder(member.username, alert));
        if (conversation.responder != null && staff.get(conversation.responder).tier != Tier.CRISIS) {
            out.toResponder(conversation.responder, alert);
        }
    }

    synchronized void status(Responder responder, boolean available, int capacity) {
        var member = staff.member(responder);
        member.available = available;
        member.capacity = capacity;
        member.goneSince = null;
        sendStatus(member);
        dispatch();
        if (member.coordinator) {
            out.toResponder(member.username, queueSummary(clock.instant()));
        }
    }

    /** A responder's new connection: the grace ends, and it gets their status, conversations and (coordinators) the queue. */
    synchronized List<ChatEvent> rejoin(Responder responder) {
        Instant now = clock.instant();
        var member = staff.member(responder);
        member.goneSince = null;
        var events = assignments.stateOf(member, now);
        if (member.coordinator) {
            events.add(queueSummary(now));
        }
        return events;
    }

    synchronized void transfer(Responder responder, String conversationId, Tier toTier) {
        var conversation = assignedTo(responder, conversationId);
        if (conversation.transferFrom != null) {
            throw ChatException.badRequest("This conversation is already being transferred.");
        }
        beginTransfer(conversation, responder.username(), toTier, clock.instant());
        dispatch();
    }

    private void beginTransfer(Conversation conversation, String from, Tier toTier, Instant now) {
        conversation.transferFrom = from;
        conversation.wantedTier = toTier;
        conversation.waitingSince = now;
        conversation.escalated |= toTier == Tier.CRISIS;
        out.toVisitor(conversation, ChatEvent.of("transferred", now, "toTier", toTier.name()));
        out.toResponder(from, ChatEvent.of("transferred", now, "conversationId", conversation.id,
                "toTier", toTier.name(), "joined", false));
    }

    synchronized void endByVisitor(String visitor, String conversationId) {
        var conversation = find(conversationId);
        if (conversation == null || conversation.state == State.ENDED || !visitor.equals(conversation.visitor)) {
            throw ChatException.unknownConversation();
        }
        endings.end(conversation, "visitor-ended", "visitor-ended");
        dispatch();
    }

    synchronized void endByResponder(Responder responder, String conversationId, String outcome) {
        endings.end(assignedTo(responder, conversationId), "responder-ended", outcome);
        dispatch();
    }

    Conversation assignedTo(Responder responder, String conversationId) {
        var conversation = find(conversationId);
        if (conversation == null || conversation.state != State.ASSIGNED
                || !responder.username().equals(conversation.responder)) {
            throw ChatException.unknownConversation();
        }
        return conversation;
    }

    synchronized void resume(String visitor, String resumeToken, long lastSeq) {
        var conversation = resumeToken == null ? null : byToken.get(resumeToken);
        Instant now = clock.instant();
        if (conversation == null || (conversation.state == State.ENDED
                && conversation.endedAt.plus(Endings.RESUME_AFTER_END).isBefore(now))) {
            throw new ChatException(ChatException.RESUME_FAILED, "Unknown or expired resume token.");
        }
        synchronized (conversation) {
            conversation.visitor = visitor;
            conversation.visitorGoneAt = null;
            conversation.messagesAfter(lastSeq).forEach(message -> out.toVisitor(conversation, message));
            switch (conversation.state) {
                case QUEUED -> {
                    conversation.lastQueued = null;
                    line.update(this, now, false, staff.onDuty(now));
                }
                case ASSIGNED -> out.toVisitor(conversation, assignments.forVisitor(conversation, now));
                case ENDED -> out.toVisitor(conversation, ChatEvent.of("ended", now, "reason", conversation.endReason));
            }
        }
    }

    synchronized void visitorGone(String visitor) {
        Instant now = clock.instant();
        conversations.values().stream().filter(c -> visitor.equals(c.visitor) && c.state != State.ENDED)
                .forEach(c -> c.visitorGoneAt = now);
    }

    synchronized void responderGone(String username) {
        var member = staff.get(username);
        if (member != null) {
            member.goneSince = clock.instant();
        }
    }

    /** Timers: inactivity, tier fallback, visitors who never came back, responders who left. */
    synchronized void tick() {
        Instant now = clock.instant();
        staff.all().stream().filter(m -> m.goneSince != null && m.goneSince.plus(Endings.RESPONDER_GRACE).isBefore(now))
                .forEach(m -> {
                    // Still connected elsewhere (a console in another tab, another client): stays on duty.
                    m.available = m.available && out.reach(m.username);
                    m.goneSince = null;
                });
        for (Conversation conversation : List.copyOf(conversations.values())) {
            endings.checkTimers(conversation, now);
        }
        byToken.values().removeIf(c -> c.state == State.ENDED && c.endedAt.plus(Endings.RESUME_AFTER_END).isBefore(now));
        conversations.values().removeIf(c -> c.state == State.ENDED && c.endedAt.plus(Endings.RESUME_AFTER_END).isBefore(now));
        dispatch(true);
    }

    /** Assigns waiting conversations to free responders; new arrivals hear their place now, the rest at the tick. */
    void dispatch() {
        dispatch(false);
    }

    /** Assigns waiting conversations to free responders, then tells those waiting where they stand. */
    private void dispatch(boolean everyone) {
        Instant now = clock.instant();
        List<Staff.Member> onDuty = staff.onDuty(now);
        List<Conversation> waiting = conversations.values().stream().filter(Conversation::waiting)
                .sorted(Comparator.comparing((Conversation c) -> !c.priority()).thenComparingLong(c -> c.arrival))
                .toList();
        if (onDuty.isEmpty()) {
            waiting.stream().filter(c -> c.state == State.QUEUED)
                    .forEach(c -> endings.unavailable(c, "nobody-on-duty"));
        } else {
            var free = new ArrayList<>(onDuty.stream().filter(Staff.Member::hasRoom).toList());
            for (Conversation conversation : waiting) {
                if (free.isEmpty()) {
                    break;
                }
                var member = Staff.pick(conversation, free, now, properties.tierFallback());
                if (member != null) {
                    assignments.assign(conversation, member, now);
                    if (!member.hasRoom()) {
                        free.remove(member);
                    }
                }
            }
        }
        line.update(this, now, everyone, onDuty);
    }

    void sendStatus(Staff.Member member) {
        out.toResponder(member.username, assignments.status(member, clock.instant()));
    }

    ChatEvent queueSummary(Instant now) {
        return QueueLine.summary(this, now);
    }

    private static String token() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
