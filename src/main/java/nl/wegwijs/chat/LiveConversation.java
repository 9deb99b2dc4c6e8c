package nl.wegwijs.chat;

import java.time.Instant;

/**
 * A conversation that has not ended, for coordinators.
 *
 * @param shortId the first characters of the id, enough to tell conversations apart on screen
 * @param tier the tier it waits for (waiting, transfer) or of its responder (assigned)
 * @param since when the wait began (waiting: the start; transfer: the transfer) or the first answer (assigned)
 * @param responder the display name of the responder, {@code null} while waiting for the first
 * @param deviceKnown whether its client sent a device token, so its device can be blocked
 */
public record LiveConversation(String id, String shortId, Tier tier, Status status, Instant since, boolean urgent,
        boolean risk, String responder, boolean deviceKnown) {

    /** Where the conversation stands. */
    public enum Status { WAITING, ASSIGNED, TRANSFER }
}
