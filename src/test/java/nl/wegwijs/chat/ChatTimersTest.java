package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Silence ends a chat after a warning; transcripts go after the retention (both short in tests). */
@ChatServerTest
class ChatTimersTest extends ChatTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatTimers timers;

    @Test
    void aSilentChatIsWarnedThenEndsAsInactive() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");
        volunteer.await("assigned");
        say(visitor, false, id, "m1", "Hoi");
        long spoke = System.nanoTime();

        assertThat(visitor.await("inactivity-warning")).containsEntry("closesInSeconds", 2);
        assertThat(System.nanoTime() - spoke).isGreaterThan(5_000_000_000L);
        assertThat(visitor.seen).noneMatch(e -> "ended".equals(e.get("type")));
        assertThat(visitor.await("ended")).containsEntry("reason", "inactive");
        assertThat(volunteer.await("ended")).containsEntry("conversationId", id).containsEntry("reason", "inactive");
    }

    @Test
    void thePurgeRemovesTranscriptsOnlyAfterTheRetention() {
        var volunteer = onDuty("volunteer", 2);
        var ending = visitor();
        String ended = (String) start(ending, Map.of("language", "nl")).get("conversationId");
        var staying = visitor();
        String live = (String) start(staying, Map.of("language", "nl")).get("conversationId");
        say(ending, false, ended, "m1", "Dit mag weg");
        say(staying, false, live, "m1", "Dit blijft");
        ending.await("message");
        staying.await("message");
        ending.send("/app/chat.end", Map.of("conversationId", ended));
        ending.await("ended");
        // Rows are stored just after their events went out.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> messages(ended) == 1 && messages(live) == 1);

        timers.purgeNow();
        assertThat(messages(ended)).as("within the retention").isEqualTo(1);
        // Purged once the (2 s) retention has passed.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            timers.purgeNow();
            assertThat(messages(ended)).isZero();
        });
        assertThat(jdbc.queryForObject("select count(*) from chat_conversation where id = ?", Long.class, ended)).isZero();
        assertThat(messages(live)).as("a live conversation").isEqualTo(1);
        volunteer.close();
    }

    private long messages(String conversationId) {
        return jdbc.queryForObject("select count(*) from chat_message where conversation_id = ?", Long.class,
                conversationId);
    }
}
