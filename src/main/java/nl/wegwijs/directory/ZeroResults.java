package nl.wegwijs.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.directory.search.SearchRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Searches that found nothing, counted per query per day so editors see what residents looked
 * for lately. Stores no IP address, no account and no time of day; numbers and e-mail addresses
 * in the query are masked, since people sometimes type a phone number or BSN into a search box.
 */
@Component
public class ZeroResults {

    /** The report covers this many days, today included. */
    public static final int REPORT_DAYS = 30;

    /** Day counts are kept this long; the report needs a month, a year shows seasons. */
    private static final int KEEP_DAYS = 400;

    /** A query nobody found anything for, and how often and when it was searched in the report's days. */
    public record ZeroResult(String query, long searches, LocalDate firstSeen, LocalDate lastSeen) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final DirectorySearcher searcher;

    ZeroResults(NamedParameterJdbcTemplate jdbc, Clock clock, DirectorySearcher searcher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.searcher = searcher;
    }

    void record(String query) {
        String masked = mask(query);
        if (masked.isBlank()) {
            return;
        }
        LocalDate today = today();
        Map<String, Object> row = Map.of("query", masked, "today", today);
        String increment = "UPDATE directory_zero_result_day SET searches = searches + 1"
                + " WHERE query = :query AND searched_on = :today";
        if (jdbc.update(increment, row) == 0) {
            try {
                jdbc.update("INSERT INTO directory_zero_result_day (query, searched_on, searches)"
                        + " VALUES (:query, :today, 1)", row);
            } catch (DuplicateKeyException concurrent) {
                jdbc.update(increment, row);
                return;
            }
            // The first search of a query on a day: a cheap moment to let go of old days.
            jdbc.update("DELETE FROM directory_zero_result_day WHERE searched_on < :oldest",
                    Map.of("oldest", today.minusDays(KEEP_DAYS)));
        }
    }

    /** The queries most searched without results in the last {@value #REPORT_DAYS} days, today included. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<ZeroResult> mostSearched(int limit) {
        return jdbc.query("SELECT query, SUM(searches) AS searches, MIN(searched_on) AS first_seen,"
                        + " MAX(searched_on) AS last_seen FROM directory_zero_result_day"
                        + " WHERE searched_on > :since GROUP BY query"
                        + " ORDER BY SUM(searches) DESC, MAX(searched_on) DESC, query LIMIT :limit",
                Map.of("since", today().minusDays(REPORT_DAYS), "limit", limit),
                (rs, n) -> new ZeroResult(rs.getString("query"), rs.getLong("searches"),
                        rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class)));
    }

    /**
     * How many active services the query finds now, for an editor checking a fix; unlike a
     * resident's search, a result of nothing is not counted again.
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public long servicesFoundNow(String query) {
        // Only the count matters: one hit keeps snippets and stored fields out of it (the report asks for 25).
        SearchRequest countOnly = new SearchRequest(query, java.util.Map.of(), null, null, null, null, null, null,
                true, 0, 1);
        return searcher.search(countOnly, ZonedDateTime.now(clock.withZone(Directory.ZONE))).totalServices();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Directory.ZONE));
    }

    static String mask(String query) {
        String masked = DirectorySearcher.normalizeQuery(query)
                .replaceAll("\\S+@\\S+", "[e-mail]")
                .replaceAll("\\d{3,}", "###");
        return masked.length() > 200 ? masked.substring(0, 200) : masked;
    }
}
