package nl.wegwijs.chat;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures a municipality reports about its listening ear for a period (dates inclusive).
 * Percentiles are nearest-rank: the p90 wait is the wait that 90% of answered chats did not exceed.
 * Waits and durations count answered chats only; they are null when there were none.
 */
public record ChatFigures(LocalDate from, LocalDate to, long chats, long answered, Long waitP50, Long waitP90,
        Long durationP50, Long durationP90, long urgent, long escalated, List<HourCount> perHour,
        List<OutcomeCount> outcomes) {

    /** Chats that started in an hour of the day (0 = from midnight to one o'clock). */
    public record HourCount(int hour, long chats, long answered) {
    }

    /** How many chats ended with an outcome; {@code outcome} is null for chats ended without one. */
    public record OutcomeCount(String outcome, long chats) {
    }

    public long unanswered() {
        return chats - answered;
    }
}
