package nl.wegwijs.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.chat.Conversation.State;

/**
 * Tells waiting visitors their place and wait range, and coordinators the queue. Runs under the
 * Switchboard's lock.
 *
 * <p>A visitor who has not been told a place yet (a new arrival, a resume) is told at once. Changed
 * places and ranges of everyone else are gathered and sent with the next timer tick (every second):
 * each routing event moves every place behind it, so telling everyone at once would send as many
 * events as there are visitors waiting, per start, end and status change, all under the routing
 * lock (docs/decisions/010-chat-engine.md, "Queue updates").
 */
final class QueueLine {

    private static final long SUMMARY_EVERY_SECONDS = 10;

    private ChatEvent lastSummary;

    /** Sends new and changed places: to everyone when {@code everyone}, else only to those never told one. */
    void update(Switchboard board, Instant now, boolean everyone, List<Staff.Member> onDuty) {
        List<Conversation> queued = queued(board);
        int capacity = onDuty.stream().mapToInt(member -> member.capacity).sum();
        for (int i = 0; i < queued.size(); i++) {
            var conversation = queued.get(i);
            if (!everyone && conversation.lastQueued != null) {
                continue;
            }
            int[] range = board.estimate.minutes(i + 1, capacity);
            var slot = new Conversation.QueueSlot(i + 1, range[0], range[1]);
            if (!slot.equals(conversation.lastQueued)) {
                conversation.lastQueued = slot;
                board.out.toVisitor(conversation, ChatEvent.of("queued", now, "position", slot.position(),
                        "estimateMinMinutes", slot.estimateMinMinutes(), "estimateMaxMinutes", slot.estimateMaxMinutes()));
            }
        }
        var summary = summary(queued, onDuty.size(), now);
        if (changed(summary)) {
            board.staff.all().stream().filter(member -> member.coordinator)
                    .forEach(member -> board.out.toResponder(member.username, summary));
        }
    }

    static ChatEvent summary(Switchboard board, Instant now) {
        return summary(queued(board), board.staff.onDuty(now).size(), now);
    }

    private static ChatEvent summary(List<Conversation> queued, int onDuty, Instant now) {
        long longest = queued.stream().map(c -> Duration.between(c.startedAt, now).toSeconds())
                .max(Long::compare).orElse(0L);
        return ChatEvent.of("queue", now, "waiting", queued.size(), "longestWaitSeconds", longest,
                "onDuty", onDuty);
    }

    private boolean changed(ChatEvent summary) {
        var last = lastSummary;
        boolean changed = last == null || !last.get("waiting").equals(summary.get("waiting"))
                || !last.get("onDuty").equals(summary.get("onDuty"))
                || Math.abs((long) last.get("longestWaitSeconds") - (long) summary.get("longestWaitSeconds"))
                        >= SUMMARY_EVERY_SECONDS;
        if (changed) {
            lastSummary = summary;
        }
        return changed;
    }

    private static List<Conversation> queued(Switchboard board) {
        return board.conversations.values().stream().filter(c -> c.state == State.QUEUED)
                .sorted(Comparator.comparing((Conversation c) -> !c.priority()).thenComparingLong(c -> c.arrival))
                .toList();
    }
}
