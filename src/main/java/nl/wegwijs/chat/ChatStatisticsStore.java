package nl.wegwijs.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Keeps the anonymous summary of every finished conversation and computes coordinators' figures
 * for a period. A summary holds no text, nickname, device or responder.
 */
@Service
public class ChatStatisticsStore implements ChatStatistics {

    /** The default period: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    /** Longest period one report covers, so a mistyped year does not scan the whole history. */
    public static final int LONGEST_PERIOD_DAYS = 400;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ChatStatisticsStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called by the conversation engine when a conversation ends, without a signed-in user. */
    @Override
    @PreAuthorize("permitAll()")
    public void record(ConversationSummary summary) {
        Objects.requireNonNull(summary.startedAt(), "startedAt");
        if (summary.hourOfDay() < 0 || summary.hourOfDay() > 23 || summary.durationSeconds() < 0
                || (summary.waitSeconds() != null && summary.waitSeconds() < 0)
                || length(summary.tier()) > 20 || length(summary.outcome()) > 40) {
            throw new IllegalArgumentException("Not a valid conversation summary: " + summary);
        }
        var row = new HashMap<String, Object>();
        row.put("started", summary.startedAt().atOffset(ZoneOffset.UTC));
        row.put("hour", summary.hourOfDay());
        row.put("wait", summary.waitSeconds());
        row.put("duration", summary.durationSeconds());
        row.put("tier", summary.tier());
        row.put("outcome", summary.outcome());
        row.put("urgent", summary.urgent());
        row.put("escalated", summary.escalated());
        jdbc.update("INSERT INTO chat_summary (started_at, hour_of_day, wait_seconds, duration_seconds, tier, outcome,"
                + " urgent, escalated) VALUES (:started, :hour, :wait, :duration, :tier, :outcome, :urgent, :escalated)",
                row);
    }

    /** Today in the portal's zone, for the default period. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChatRota.ZONE));
    }

    /** The figures of the chats that started from {@code from} to {@code to}, both days included. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public ChatFigures figures(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new IllegalArgumentException("Not a valid period: " + from + " to " + to);
        }
        List<SummaryFigures.Row> rows = jdbc.query("SELECT hour_of_day, wait_seconds, duration_seconds, outcome,"
                + " urgent, escalated FROM chat_summary WHERE started_at >= :from AND started_at < :to",
                Map.of("from", startOf(from), "to", startOf(to.plusDays(1))),
                (rs, n) -> new SummaryFigures.Row(rs.getInt("hour_of_day"), rs.getObject("wait_seconds", Long.class),
                        rs.getLong("duration_seconds"), rs.getString("outcome"), rs.getBoolean("urgent"),
                        rs.getBoolean("escalated")));
        return SummaryFigures.of(from, to, rows);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ChatRota.ZONE).toOffsetDateTime();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
