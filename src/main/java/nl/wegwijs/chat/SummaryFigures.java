package nl.wegwijs.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the period's figures from its summaries. */
final class SummaryFigures {

    record Row(int hour, Long waitSeconds, long durationSeconds, String outcome, boolean urgent, boolean escalated) {

        boolean answered() {
            return waitSeconds != null;
        }
    }

    private SummaryFigures() {
    }

    static ChatFigures of(LocalDate from, LocalDate to, List<Row> rows) {
        List<Long> waits = new ArrayList<>();
        List<Long> durations = new ArrayList<>();
        long[] chatsPerHour = new long[24];
        long[] answeredPerHour = new long[24];
        Map<String, Long> outcomes = new HashMap<>();
        long urgent = 0;
        long escalated = 0;
        for (Row row : rows) {
            chatsPerHour[row.hour()]++;
            if (row.answered()) {
                answeredPerHour[row.hour()]++;
                waits.add(row.waitSeconds());
                durations.add(row.durationSeconds());
            }
            outcomes.merge(row.outcome() == null ? "" : row.outcome(), 1L, Long::sum);
            urgent += row.urgent() ? 1 : 0;
            escalated += row.escalated() ? 1 : 0;
        }
        List<ChatFigures.HourCount> perHour = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            perHour.add(new ChatFigures.HourCount(hour, chatsPerHour[hour], answeredPerHour[hour]));
        }
        List<ChatFigures.OutcomeCount> outcomeCounts = outcomes.entrySet().stream()
                // Most frequent first; chats without an outcome after those with one of the same count.
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().isEmpty())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new ChatFigures.OutcomeCount(entry.getKey().isEmpty() ? null : entry.getKey(),
                        entry.getValue()))
                .toList();
        return new ChatFigures(from, to, rows.size(), waits.size(), percentile(waits, 50), percentile(waits, 90),
                percentile(durations, 50), percentile(durations, 90), urgent, escalated, perHour, outcomeCounts);
    }

    /** Nearest rank: the smallest value that at least {@code percent}% of the values do not exceed. */
    static Long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
