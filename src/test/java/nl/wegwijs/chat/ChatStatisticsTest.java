package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The anonymous summaries add up to the figures a municipality reports, for the period asked. */
@PostgresTest
class ChatStatisticsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    ChatStatisticsStore statistics;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void recordMarch() {
        jdbc.update("DELETE FROM chat_summary");
        SecurityContextHolder.clearContext(); // the engine records without a signed-in user
        for (int i = 1; i <= 9; i++) {
            // Nine answered chats at 21:xx local time (20:xx UTC in March before summer time).
            record("2026-03-0" + i + "T20:15:00Z", 21, 10L * i, 100L * i, i <= 5 ? "listened" : "referred",
                    i == 3, i == 3 || i == 4);
        }
        record("2026-03-10T02:00:00Z", 3, null, 240, null, true, false);
        // Just inside: 00:30 on 1 March in Amsterdam. Just outside: 00:30 on 1 April (summer time).
        record("2026-02-28T23:30:00Z", 0, 5L, 60, "crisis", false, false);
        record("2026-03-31T22:30:00Z", 0, 5L, 60, "crisis", false, false);
        signIn("coordinator", "ROLE_COORDINATOR");
    }

    @Test
    void countsAnsweredAndUnansweredChatsOfThePeriod() {
        ChatFigures figures = statistics.figures(MARCH_1, MARCH_31);
        assertThat(figures.chats()).isEqualTo(11);
        assertThat(figures.answered()).isEqualTo(10);
        assertThat(figures.unanswered()).isEqualTo(1);
        assertThat(figures.urgent()).isEqualTo(2);
        assertThat(figures.escalated()).isEqualTo(2);
    }

    @Test
    void waitAndDurationPercentilesCountAnsweredChatsOnly() {
        ChatFigures figures = statistics.figures(MARCH_1, MARCH_31);
        // Waits 5, 10, 20 … 90: the 5th of 10 is 40, the 9th is 80.
        assertThat(figures.waitP50()).isEqualTo(40);
        assertThat(figures.waitP90()).isEqualTo(80);
        // Durations 60, 100, 200 … 900.
        assertThat(figures.durationP50()).isEqualTo(400);
        assertThat(figures.durationP90()).isEqualTo(800);
    }

    @Test
    void countsChatsPerHourOfDayAndPerOutcome() {
        ChatFigures figures = statistics.figures(MARCH_1, MARCH_31);
        assertThat(figures.perHour()).hasSize(24);
        assertThat(figures.perHour().get(21)).isEqualTo(new ChatFigures.HourCount(21, 9, 9));
        assertThat(figures.perHour().get(3)).isEqualTo(new ChatFigures.HourCount(3, 1, 0));
        assertThat(figures.perHour().get(0)).isEqualTo(new ChatFigures.HourCount(0, 1, 1));
        assertThat(figures.perHour().stream().mapToLong(ChatFigures.HourCount::chats).sum()).isEqualTo(11);
        assertThat(figures.outcomes()).containsExactly(new ChatFigures.OutcomeCount("listened", 5),
                new ChatFigures.OutcomeCount("referred", 4), new ChatFigures.OutcomeCount("crisis", 1),
                new ChatFigures.OutcomeCount(null, 1));
    }

    @Test
    void aPeriodWithoutChatsHasNoPercentiles() {
        ChatFigures figures = statistics.figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertThat(figures.chats()).isZero();
        assertThat(figures.waitP50()).isNull();
        assertThat(figures.durationP90()).isNull();
        assertThat(figures.outcomes()).isEmpty();
    }

    @Test
    void oneDayIsAPeriodButAnInvertedOrOverlongPeriodIsNot() {
        assertThat(statistics.figures(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)).chats()).isEqualTo(1);
        assertThatThrownBy(() -> statistics.figures(MARCH_31, MARCH_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.figures(MARCH_1, MARCH_1.plusYears(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASummaryThatCannotBeTrue() {
        assertThatThrownBy(() -> statistics.record(new ConversationSummary(Instant.now(), 24, null, 10, "VOLUNTEER",
                null, false, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.record(new ConversationSummary(Instant.now(), 3, -1L, 10, "VOLUNTEER",
                null, false, false))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(SummaryFigures.percentile(List.of(7L), 50)).isEqualTo(7);
        assertThat(SummaryFigures.percentile(List.of(4L, 1L, 3L, 2L), 50)).isEqualTo(2);
        assertThat(SummaryFigures.percentile(List.of(4L, 1L, 3L, 2L), 90)).isEqualTo(4);
    }

    @Test
    void volunteersDoNotSeeTheFigures() {
        signIn("volunteer", "ROLE_VOLUNTEER");
        assertThatThrownBy(() -> statistics.figures(MARCH_1, MARCH_31)).isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, "", role));
    }

    private void record(String startedAt, int hour, Long wait, long duration, String outcome, boolean urgent,
            boolean escalated) {
        statistics.record(new ConversationSummary(Instant.parse(startedAt), hour, wait, duration, "VOLUNTEER", outcome,
                urgent, escalated));
    }
}
