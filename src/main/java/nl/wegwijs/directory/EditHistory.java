package nl.wegwijs.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The directory_edit table: who changed which service, when, and which parts. */
@Component
class EditHistory {

    /** Written for changes nobody signed in made, such as loading the sample data on first start. */
    static final String SYSTEM = "system";

    private final NamedParameterJdbcTemplate jdbc;

    EditHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String serviceId, Instant at, String action, List<String> fields) {
        record(List.of(serviceId), at, action, fields);
    }

    void record(Collection<String> serviceIds, Instant at, String action, List<String> fields) {
        if (serviceIds.isEmpty()) {
            return;
        }
        String by = currentUser();
        SqlParameterSource[] rows = serviceIds.stream().map(id -> new MapSqlParameterSource()
                .addValue("serviceId", id).addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .addValue("by", by).addValue("action", action)
                .addValue("fields", fields.isEmpty() ? null : String.join(",", fields)))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO directory_edit (service_id, changed_at, changed_by, action, fields)"
                + " VALUES (:serviceId, :at, :by, :action, :fields)", rows);
    }

    /** Newest first. */
    List<EditEntry> of(String serviceId) {
        return jdbc.query("SELECT changed_at, changed_by, action, fields FROM directory_edit WHERE service_id = :id"
                        + " ORDER BY changed_at DESC, id DESC LIMIT 200", Map.of("id", serviceId),
                (rs, n) -> new EditEntry(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"), rs.getString("action"),
                        rs.getString("fields") == null ? List.of() : Arrays.asList(rs.getString("fields").split(","))));
    }

    static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
