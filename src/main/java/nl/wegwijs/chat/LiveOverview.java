package nl.wegwijs.chat;

import java.time.Instant;
import java.util.List;

/**
 * The listening ear at one moment, as coordinators see it: the queue, who is on duty and every
 * live conversation (the oldest first). Holds nothing that identifies a visitor (no address, no token).
 *
 * @param waiting conversations waiting for their first responder
 * @param longestWaitSeconds how long the longest of them has waited, 0 when nobody waits
 */
public record LiveOverview(Instant at, int waiting, long longestWaitSeconds, List<OnDuty> onDuty,
        List<LiveConversation> conversations) {

    /** A responder on duty now: available and on the rota. */
    public record OnDuty(String username, String displayName, Tier tier, int capacity, int active) {
    }
}
