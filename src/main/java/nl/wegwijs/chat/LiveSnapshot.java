package nl.wegwijs.chat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wegwijs.chat.Conversation.State;
import nl.wegwijs.chat.LiveConversation.Status;

/** Takes the coordinators' overview from the Switchboard, under its lock, so all figures belong to one moment. */
final class LiveSnapshot {

    private static final int SHORT_ID = 6;

    private LiveSnapshot() {
    }

    static LiveOverview take(Switchboard board, Map<String, String> names) {
        synchronized (board) {
            Instant now = board.clock.instant();
            ChatEvent queue = board.queueSummary(now);
            List<LiveOverview.OnDuty> onDuty = board.staff.onDuty(now).stream()
                    .map(member -> new LiveOverview.OnDuty(member.username, name(names, member.username), member.tier,
                            member.capacity, member.conversations.size()))
                    .sorted(Comparator.comparing(LiveOverview.OnDuty::tier).thenComparing(LiveOverview.OnDuty::displayName))
                    .toList();
            List<LiveConversation> conversations = board.conversations.values().stream()
                    .filter(conversation -> conversation.state != State.ENDED)
                    .sorted(Comparator.comparingLong(conversation -> conversation.arrival))
                    .map(conversation -> live(conversation, names))
                    .toList();
            return new LiveOverview(now, ((Number) queue.get("waiting")).intValue(),
                    ((Number) queue.get("longestWaitSeconds")).longValue(), onDuty, conversations);
        }
    }

    private static LiveConversation live(Conversation conversation, Map<String, String> names) {
        Status status = status(conversation);
        Tier tier = status == Status.ASSIGNED ? conversation.responderTier : conversation.wantedTier;
        Instant since = switch (status) {
            case WAITING -> conversation.startedAt;
            case TRANSFER -> conversation.waitingSince;
            case ASSIGNED -> conversation.firstAssignedAt;
        };
        String responder = conversation.responder == null ? null : name(names, conversation.responder);
        return new LiveConversation(conversation.id, shortId(conversation.id), tier, status, since, conversation.urgent,
                conversation.risk, responder, conversation.deviceHash != null);
    }

    private static Status status(Conversation conversation) {
        if (conversation.state == State.QUEUED) {
            return Status.WAITING;
        }
        return conversation.transferFrom != null ? Status.TRANSFER : Status.ASSIGNED;
    }

    static String shortId(String id) {
        String random = id.startsWith("c-") ? id.substring(2) : id;
        return random.substring(0, Math.min(SHORT_ID, random.length()));
    }

    private static String name(Map<String, String> names, String username) {
        return names.getOrDefault(username, username);
    }
}
