package nl.wegwijs.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The responders the desk knows: availability, capacity and their conversations. Guarded by the Switchboard. */
final class Staff {

    static final int MAX_CAPACITY = 5;

    private final Map<String, Member> members = new HashMap<>();
    private final DutyRota rota;

    Staff(DutyRota rota) {
        this.rota = rota;
    }

    Member member(Responder responder) {
        var member = members.computeIfAbsent(responder.username(), username -> new Member(responder));
        member.tier = responder.tier();
        member.coordinator = responder.coordinator();
        return member;
    }

    Member get(String username) {
        return members.get(username);
    }

    Collection<Member> all() {
        return members.values();
    }

    /** Those available and on duty by the rota now; the rota is asked once per call. */
    List<Member> onDuty(Instant now) {
        List<Member> available = members.values().stream().filter(member -> member.available).toList();
        if (available.isEmpty()) {
            return available;
        }
        Set<String> onDuty;
        try {
            onDuty = rota.onDutyAmong(available.stream().map(member -> member.username).toList(), now);
        } catch (RuntimeException e) {
            // A failing rota must not stop the chat: someone who says they are available answers.
            return available;
        }
        return available.stream().filter(member -> onDuty.contains(member.username)).toList();
    }

    /**
     * The best free responder for a conversation: own tier first; the other tier only after the
     * fallback time (never for a warm transfer, which waits for its tier while the first stays).
     */
    static Member pick(Conversation conversation, List<Member> free, Instant now, Duration fallback) {
        boolean transfer = conversation.transferFrom != null;
        boolean fallen = !transfer && !now.isBefore(conversation.waitingSince.plus(fallback));
        return free.stream()
                .filter(member -> member.hasRoom())
                .filter(member -> !member.username.equals(conversation.transferFrom))
                .filter(member -> member.tier == conversation.wantedTier || fallen)
                .min(Comparator.<Member>comparingInt(member -> member.tier == conversation.wantedTier ? 0 : 1)
                        .thenComparingDouble(Member::load)
                        .thenComparing(member -> member.lastAssignedAt))
                .orElse(null);
    }

    /** One responder as the desk sees them. */
    static final class Member {
        final String username;
        Tier tier;
        boolean coordinator;
        boolean available;
        int capacity = 1;
        Instant goneSince;
        Instant lastAssignedAt = Instant.EPOCH;
        final Set<String> conversations = new LinkedHashSet<>();

        Member(Responder responder) {
            this.username = responder.username();
            this.tier = responder.tier();
            this.coordinator = responder.coordinator();
        }

        boolean hasRoom() {
            return conversations.size() < capacity;
        }

        double load() {
            return (double) conversations.size() / capacity;
        }
    }
}
