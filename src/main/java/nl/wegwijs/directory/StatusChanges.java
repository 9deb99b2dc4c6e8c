package nl.wegwijs.directory;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.directory.store.DirectoryStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes of one column (status, last-checked date) that need no rewrite of the service, version-checked. */
final class StatusChanges {

    private final TransactionTemplate transactions;
    private final DirectoryStore store;
    private final EditHistory history;
    private final NamedParameterJdbcTemplate jdbc;

    StatusChanges(TransactionTemplate transactions, DirectoryStore store, EditHistory history,
            NamedParameterJdbcTemplate jdbc) {
        this.transactions = transactions;
        this.store = store;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** Moves the service from one of the {@code from} statuses (comma-separated) to {@code to}; returns the revision. */
    long status(String id, long version, String from, String to, String action, Instant now) {
        return update(id, version, "status = :to", new MapSqlParameterSource("to", to)
                .addValue("from", Arrays.asList(from.split(","))), " AND status IN (:from)", action, now);
    }

    long checked(String id, long version, LocalDate today, Instant now) {
        return update(id, version, "assured_date = :today", new MapSqlParameterSource("today", Date.valueOf(today)),
                "", "checked", now);
    }

    private long update(String id, long version, String assignment, MapSqlParameterSource params, String condition,
            String action, Instant now) {
        params.addValue("id", id).addValue("version", version)
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return transactions.execute(status -> {
            Long current = store.lockVersions(List.of(id)).get(id);
            if (current == null || current != version) {
                throw new ServiceChangedMeanwhileException(id);
            }
            int updated = jdbc.update("UPDATE directory_service SET " + assignment + ", version = version + 1,"
                    + " last_modified = :now WHERE id = :id AND version = :version" + condition, params);
            if (updated == 0) {
                throw new IllegalStateException("Service " + id + " cannot be " + action + " in its current status");
            }
            history.record(id, now, action, List.of());
            return store.nextRevision();
        });
    }
}
