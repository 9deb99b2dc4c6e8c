package nl.wegwijs.chat;

import java.time.Instant;

/** A responder's turn on the rota, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Shift(long id, String responder, Tier tier, Instant start, Instant end) {

    /** Who answers: volunteers listen, crisis workers (professionals) take risky and urgent chats. */
    public enum Tier {
        VOLUNTEER, CRISIS
    }

    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
