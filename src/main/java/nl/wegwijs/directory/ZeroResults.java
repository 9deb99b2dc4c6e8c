package nl.wegwijs.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.search.DirectorySearcher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Searches that found nothing, counted per query so editors can add what residents look for.
 * Stores no IP address, no account and no time of day; numbers and e-mail addresses in the query
 * are masked, since people sometimes type a phone number or BSN into a search box.
 */
@Component
public class ZeroResults {

    /** A query nobody found anything for, and how often it was searched. */
    public record ZeroResult(String query, long searches, LocalDate firstSeen, LocalDate lastSeen) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ZeroResults(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String query) {
        String masked = mask(query);
        if (masked.isBlank()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Directory.ZONE));
        Map<String, Object> row = Map.of("query", masked, "today", today);
        if (jdbc.update("UPDATE directory_zero_result SET searches = searches + 1, last_seen = :today"
                + " WHERE query = :query", row) == 0) {
            try {
                jdbc.update("INSERT INTO directory_zero_result (query, searches, first_seen, last_seen)"
                        + " VALUES (:query, 1, :today, :today)", row);
            } catch (org.springframework.dao.DuplicateKeyException concurrent) {
                jdbc.update("UPDATE directory_zero_result SET searches = searches + 1 WHERE query = :query", row);
            }
        }
    }

    /** The most searched queries without results. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<ZeroResult> mostSearched(int limit) {
        return jdbc.query("SELECT * FROM directory_zero_result ORDER BY searches DESC, query LIMIT :limit",
                Map.of("limit", limit), (rs, n) -> new ZeroResult(rs.getString("query"), rs.getLong("searches"),
                        rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class)));
    }

    static String mask(String query) {
        String masked = DirectorySearcher.normalizeQuery(query)
                .replaceAll("\\S+@\\S+", "[e-mail]")
                .replaceAll("\\d{3,}", "###");
        return masked.length() > 200 ? masked.substring(0, 200) : masked;
    }
}
