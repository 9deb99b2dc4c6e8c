package nl.wegwijs.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit log of read-alongs (V8, {@code chat_read_along}); it holds no message text. */
@Repository
class ReadAlongLog {

    private final NamedParameterJdbcTemplate jdbc;

    ReadAlongLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String coordinator, String conversationId, Instant at) {
        jdbc.update("INSERT INTO chat_read_along (coordinator, conversation_id, read_at) VALUES (:who, :id, :at)",
                Map.of("who", coordinator, "id", conversationId, "at", utc(at)));
    }

    boolean hasRead(String coordinator, String conversationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM chat_read_along"
                + " WHERE coordinator = :who AND conversation_id = :id)",
                Map.of("who", coordinator, "id", conversationId), Boolean.class));
    }

    /** Read-alongs since the moment, the newest first; display names are filled in by the caller. */
    List<ReadAlongRecord> since(Instant from) {
        return jdbc.query("SELECT coordinator, conversation_id, read_at FROM chat_read_along WHERE read_at >= :from"
                + " ORDER BY read_at DESC, id DESC", Map.of("from", utc(from)), (rs, row) -> new ReadAlongRecord(
                        rs.getString("coordinator"), null, rs.getString("conversation_id"),
                        rs.getObject("read_at", OffsetDateTime.class).toInstant()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
