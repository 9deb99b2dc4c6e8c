package nl.wegwijs.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The lists editors pick from and work through: services by filter, organisations, taxonomy terms. */
@Component
class EditorQueries {

    private static final String INACTIVE = "('inactive', 'defunct', 'temporarily closed')";

    private final NamedParameterJdbcTemplate jdbc;

    EditorQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stale: active services not checked in the twelve months before {@code today}, oldest check
     * first (never checked at the top); the other filters sort by name.
     */
    EditorListing list(EditorListing.Filter filter, String text, LocalDate today, int offset, int limit) {
        LocalDate staleBefore = today.minusMonths(12);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("staleBefore", Date.valueOf(staleBefore))
                .addValue("offset", Math.max(0, offset)).addValue("limit", Math.clamp(limit, 1, 200));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        switch (filter) {
            case STALE -> where.append(" AND s.status = 'active' AND (s.assured_date IS NULL OR s.assured_date < :staleBefore)");
            case DRAFT -> where.append(" AND s.status = 'draft'");
            case INACTIVE -> where.append(" AND s.status IN ").append(INACTIVE);
            case ALL -> { }
        }
        String words = ServiceDraft.clean(text);
        if (words != null) {
            params.addValue("text", "%" + words.toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" AND LOWER(s.name) LIKE :text ESCAPE '\\'");
        }
        String order = filter == EditorListing.Filter.STALE ? " ORDER BY s.assured_date NULLS FIRST, s.name, s.id"
                : " ORDER BY LOWER(s.name), s.id";
        Long total = jdbc.queryForObject("SELECT count(*) FROM directory_service s" + where, params, Long.class);
        List<EditorListing.Row> rows = jdbc.query("SELECT s.id, s.name, o.name AS organization, s.status,"
                        + " s.assured_date FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id"
                        + where + order + " LIMIT :limit OFFSET :offset", params,
                (rs, n) -> {
                    Date assured = rs.getDate("assured_date");
                    LocalDate date = assured == null ? null : assured.toLocalDate();
                    return new EditorListing.Row(rs.getString("id"), rs.getString("name"), rs.getString("organization"),
                            rs.getString("status"), date, "active".equals(rs.getString("status"))
                                    && (date == null || date.isBefore(staleBefore)));
                });
        return new EditorListing(total == null ? 0 : total, rows);
    }

    List<Choice> organizations(String text, int offset, int limit) {
        String words = ServiceDraft.clean(text);
        return jdbc.query("SELECT id, name FROM directory_organization WHERE LOWER(name) LIKE :text"
                        + " ORDER BY LOWER(name), id LIMIT :limit OFFSET :offset",
                Map.of("text", "%" + (words == null ? "" : words.toLowerCase(java.util.Locale.ROOT)) + "%",
                        "limit", limit, "offset", offset),
                (rs, n) -> new Choice(rs.getString("id"), rs.getString("name")));
    }

    List<Choice> terms(String taxonomy) {
        return jdbc.query("SELECT id, name FROM directory_taxonomy_term WHERE taxonomy = :taxonomy ORDER BY name, id",
                Map.of("taxonomy", taxonomy), (rs, n) -> new Choice(rs.getString("id"), rs.getString("name")));
    }

    /** The full terms of the Wegwijs taxonomies by id, to attach to a service. */
    Map<String, Hsds.TaxonomyTerm> wegwijsTerms() {
        Map<String, Hsds.TaxonomyTerm> terms = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT * FROM directory_taxonomy_term WHERE taxonomy IN (:taxonomies) ORDER BY name, id",
                Map.of("taxonomies", java.util.Arrays.stream(Taxonomy.values()).map(Taxonomy::id).toList()),
                rs -> {
                    terms.put(rs.getString("id"), new Hsds.TaxonomyTerm(rs.getString("id"), rs.getString("code"),
                            rs.getString("name"), rs.getString("description"), rs.getString("parent_id"),
                            rs.getString("taxonomy"), rs.getString("language"), rs.getString("taxonomy_id"),
                            rs.getString("term_uri")));
                });
        return terms;
    }
}
