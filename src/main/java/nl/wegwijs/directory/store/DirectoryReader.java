package nl.wegwijs.directory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads services back into the nested HSDS form: one query per table for a batch of services. */
final class DirectoryReader {

    private final NamedParameterJdbcTemplate jdbc;

    DirectoryReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Hsds.Service> services(List<String> ids) {
        Map<String, Object> params = Map.of("ids", ids);
        record Row(String id, String organizationId, String name, String alternateName, String description, String url,
                String email, String status, String applicationProcess, String eligibilityDescription,
                String feesDescription, Integer minimumAge, Integer maximumAge, LocalDate assuredDate,
                String assurerEmail, java.time.Instant lastModified) {
        }
        List<Row> rows = jdbc.query("SELECT * FROM directory_service WHERE id IN (:ids) ORDER BY id", params,
                (rs, n) -> new Row(rs.getString("id"), rs.getString("organization_id"), rs.getString("name"),
                        rs.getString("alternate_name"), rs.getString("description"), rs.getString("url"),
                        rs.getString("email"), rs.getString("status"), rs.getString("application_process"),
                        rs.getString("eligibility_description"), rs.getString("fees_description"),
                        integer(rs, "minimum_age"), integer(rs, "maximum_age"), date(rs, "assured_date"),
                        rs.getString("assurer_email"), instant(rs.getObject("last_modified", java.time.OffsetDateTime.class))));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Hsds.Organization> organizations = new HashMap<>();
        organizations(rows.stream().map(Row::organizationId).distinct().toList())
                .forEach(o -> organizations.put(o.id(), o));
        var atLocations = atLocations(params);
        var phones = group("SELECT * FROM directory_phone WHERE service_id IN (:ids) ORDER BY service_id, position",
                params, (rs, n) -> new Hsds.Phone(rs.getString("id"), rs.getString("service_id"),
                        rs.getString("phone_number"), rs.getString("extension"), rs.getString("type"),
                        rs.getString("description")), Hsds.Phone::serviceId);
        var schedules = group("SELECT * FROM directory_schedule WHERE service_id IN (:ids) ORDER BY service_id, position",
                params, (rs, n) -> new Hsds.Schedule(rs.getString("id"), rs.getString("service_id"),
                        date(rs, "valid_from"), date(rs, "valid_to"), date(rs, "dtstart"), rs.getString("time_zone"),
                        date(rs, "until_date"), integer(rs, "repeat_count"), rs.getString("wkst"), rs.getString("freq"),
                        integer(rs, "repeat_interval"), rs.getString("byday"), rs.getString("byweekno"),
                        rs.getString("bymonthday"), rs.getString("byyearday"), rs.getString("description"),
                        rs.getString("opens_at"), rs.getString("closes_at"), rs.getString("schedule_link"),
                        rs.getString("attending_type"), rs.getString("notes")), Hsds.Schedule::serviceId);
        var costs = group("SELECT * FROM directory_cost_option WHERE service_id IN (:ids) ORDER BY service_id, position",
                params, (rs, n) -> new Hsds.CostOption(rs.getString("id"), rs.getString("service_id"),
                        date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("option_label"),
                        rs.getString("currency"), decimal(rs, "amount"), rs.getString("amount_description")),
                Hsds.CostOption::serviceId);
        var languages = group("SELECT * FROM directory_language WHERE service_id IN (:ids) ORDER BY service_id, position",
                params, (rs, n) -> new Hsds.Language(rs.getString("id"), rs.getString("service_id"),
                        rs.getString("name"), rs.getString("code"), rs.getString("note")), Hsds.Language::serviceId);
        var areas = group("SELECT * FROM directory_service_area WHERE service_id IN (:ids) ORDER BY service_id, position",
                params, (rs, n) -> new Hsds.ServiceArea(rs.getString("id"), rs.getString("service_id"),
                        rs.getString("name"), rs.getString("description"), rs.getString("extent"),
                        rs.getString("extent_type"), rs.getString("uri")), Hsds.ServiceArea::serviceId);
        var attributes = group("SELECT a.*, t.code, t.name AS term_name, t.description AS term_description, t.parent_id,"
                        + " t.taxonomy, t.language, t.taxonomy_id, t.term_uri FROM directory_attribute a"
                        + " JOIN directory_taxonomy_term t ON t.id = a.taxonomy_term_id"
                        + " WHERE a.service_id IN (:ids) ORDER BY a.service_id, a.position",
                params, (rs, n) -> new Hsds.Attribute(rs.getString("id"), rs.getString("service_id"),
                        rs.getString("link_type"), rs.getString("link_entity"), rs.getString("taxonomy_term_id"),
                        rs.getString("attribute_value"), rs.getString("label"), new Hsds.TaxonomyTerm(
                                rs.getString("taxonomy_term_id"), rs.getString("code"), rs.getString("term_name"),
                                rs.getString("term_description"), rs.getString("parent_id"), rs.getString("taxonomy"),
                                rs.getString("language"), rs.getString("taxonomy_id"), rs.getString("term_uri"))),
                Hsds.Attribute::linkId);
        return rows.stream().map(r -> new Hsds.Service(r.id(), r.organizationId(), r.name(), r.alternateName(),
                r.description(), r.url(), r.email(), r.status(), r.applicationProcess(), r.eligibilityDescription(),
                r.feesDescription(), r.minimumAge(), r.maximumAge(), r.assuredDate(), r.assurerEmail(), r.lastModified(),
                organizations.get(r.organizationId()), atLocations.getOrDefault(r.id(), List.of()),
                phones.getOrDefault(r.id(), List.of()), schedules.getOrDefault(r.id(), List.of()),
                costs.getOrDefault(r.id(), List.of()), languages.getOrDefault(r.id(), List.of()),
                areas.getOrDefault(r.id(), List.of()), attributes.getOrDefault(r.id(), List.of()))).toList();
    }

    List<Hsds.Organization> organizations(List<String> ids) {
        return jdbc.query("SELECT * FROM directory_organization WHERE id IN (:ids) ORDER BY id", Map.of("ids", ids),
                (rs, n) -> new Hsds.Organization(rs.getString("id"), rs.getString("name"),
                        rs.getString("alternate_name"), rs.getString("description"), rs.getString("email"),
                        rs.getString("website")));
    }

    private Map<String, List<Hsds.ServiceAtLocation>> atLocations(Map<String, Object> params) {
        record Link(String id, String serviceId, String locationId, String description) {
        }
        List<Link> links = jdbc.query("SELECT * FROM directory_service_at_location WHERE service_id IN (:ids)"
                + " ORDER BY service_id, position", params, (rs, n) -> new Link(rs.getString("id"),
                rs.getString("service_id"), rs.getString("location_id"), rs.getString("description")));
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> locationIds = Map.of("ids", links.stream().map(Link::locationId).distinct().toList());
        var addresses = group("SELECT * FROM directory_address WHERE location_id IN (:ids) ORDER BY location_id, position",
                locationIds, (rs, n) -> new Hsds.Address(rs.getString("id"), rs.getString("location_id"),
                        rs.getString("attention"), rs.getString("address_1"), rs.getString("address_2"),
                        rs.getString("city"), rs.getString("region"), rs.getString("state_province"),
                        rs.getString("postal_code"), rs.getString("country"), rs.getString("address_type")),
                Hsds.Address::locationId);
        var accessibility = group("SELECT * FROM directory_accessibility WHERE location_id IN (:ids)"
                        + " ORDER BY location_id, position", locationIds,
                (rs, n) -> new Hsds.Accessibility(rs.getString("id"), rs.getString("location_id"),
                        rs.getString("description"), rs.getString("details"), rs.getString("url")),
                Hsds.Accessibility::locationId);
        Map<String, Hsds.Location> locations = new HashMap<>();
        jdbc.query("SELECT * FROM directory_location WHERE id IN (:ids)", locationIds, rs -> {
            String id = rs.getString("id");
            locations.put(id, new Hsds.Location(id, rs.getString("location_type"), rs.getString("url"),
                    rs.getString("name"), rs.getString("alternate_name"), rs.getString("description"),
                    rs.getString("transportation"), decimal(rs, "latitude"), decimal(rs, "longitude"),
                    addresses.getOrDefault(id, List.of()), accessibility.getOrDefault(id, List.of())));
        });
        Map<String, List<Hsds.ServiceAtLocation>> byService = new LinkedHashMap<>();
        for (Link link : links) {
            byService.computeIfAbsent(link.serviceId(), k -> new ArrayList<>()).add(new Hsds.ServiceAtLocation(
                    link.id(), link.serviceId(), link.locationId(), link.description(), locations.get(link.locationId())));
        }
        return byService;
    }

    private <T> Map<String, List<T>> group(String sql, Map<String, Object> params, RowMapper<T> mapper,
            Function<T, String> key) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : jdbc.query(sql, params, mapper)) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static java.time.Instant instant(java.time.OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
