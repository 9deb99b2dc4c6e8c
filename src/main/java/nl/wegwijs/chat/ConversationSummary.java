package nl.wegwijs.chat;

/**
 * What remains of a conversation for the statistics: no text, no nickname, no device.
 * {@code waitSeconds} is null when nobody ever answered.
 */
public record ConversationSummary(java.time.Instant startedAt, int hourOfDay, Long waitSeconds,
        long durationSeconds, String tier, String outcome, boolean urgent, boolean escalated) { }
