package nl.wegwijs.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What was said, in PostgreSQL, until the purge; plain JDBC because rows are written one by one. */
@Repository
class Transcripts {

    private final JdbcTemplate jdbc;

    Transcripts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void started(Conversation conversation) {
        jdbc.update("insert into chat_conversation (id, started_at, nickname, topic, urgent) values (?, ?, ?, ?, ?)",
                conversation.id, utc(conversation.startedAt), conversation.nickname, conversation.topic,
                conversation.urgent);
    }

    void message(ChatEvent message) {
        jdbc.update("insert into chat_message (conversation_id, seq, sender, text, sent_at, client_message_id)"
                + " values (?, ?, ?, ?, ?, ?)", message.get("conversationId"), message.get("seq"), message.get("from"),
                message.get("text"), utc(message.at()), message.get("clientMessageId"));
    }

    void ended(Conversation conversation) {
        jdbc.update("update chat_conversation set ended_at = ?, end_reason = ? where id = ?",
                utc(conversation.endedAt), conversation.endReason, conversation.id);
    }

    /** Conversations left open by a stopped server can never continue: their live state is gone. */
    int endAbandoned(Instant now) {
        return jdbc.update("update chat_conversation set ended_at = ?, end_reason = 'restart' where ended_at is null",
                utc(now));
    }

    /** Removes every transcript of a conversation that ended before the given moment. */
    int purgeEndedBefore(Instant before) {
        jdbc.update("delete from chat_message where conversation_id in"
                + " (select id from chat_conversation where ended_at < ?)", utc(before));
        return jdbc.update("delete from chat_conversation where ended_at < ?", utc(before));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
