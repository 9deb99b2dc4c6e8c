package nl.wegwijs.directory.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads whole HSDS services (the aggregate with everything nested) to the directory
 * tables, in batches. Plain JDBC rather than JPA: imports write thousands of rows at once and
 * exports read them back in a handful of queries.
 */
@Repository
public class DirectoryStore {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectoryReader reader;

    DirectoryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reader = new DirectoryReader(jdbc);
    }

    /** Inserts or replaces each service with all it contains; shared organisations and locations are updated. */
    public void save(List<Hsds.Service> services) {
        for (int from = 0; from < services.size(); from += CHUNK) {
            saveChunk(services.subList(from, Math.min(services.size(), from + CHUNK)));
        }
    }

    /** Removes the services (and what only they used), keeping organisations and locations still in use. */
    public void delete(Collection<String> serviceIds) {
        for (List<String> chunk : chunks(serviceIds)) {
            jdbc.update("DELETE FROM directory_service WHERE id IN (:ids)", Map.of("ids", chunk));
        }
        removeOrphans();
    }

    /** Counts one more change; the search index records the revision it reflects. */
    public long nextRevision() {
        jdbc.update("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1", Map.of());
        return revision();
    }

    public long revision() {
        Long revision = jdbc.queryForObject("SELECT revision FROM directory_revision WHERE id = 1", Map.of(), Long.class);
        return revision == null ? 0 : revision;
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM directory_service", Map.of(), Integer.class);
        return count == null || count == 0;
    }

    /** Which of these ids exist already. */
    public java.util.Set<String> existing(Collection<String> serviceIds) {
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (List<String> chunk : chunks(serviceIds)) {
            existing.addAll(jdbc.queryForList("SELECT id FROM directory_service WHERE id IN (:ids)",
                    Map.of("ids", chunk), String.class));
        }
        return existing;
    }

    /**
     * Ids of rows in a child table (phones, schedules, ...) that belong to another service than
     * the one the dataset gives them: importing them would take them from their owner.
     */
    public java.util.Set<String> foreignChildIds(String table, Map<String, String> ownerByChildId) {
        java.util.Set<String> foreign = new java.util.HashSet<>();
        for (List<String> chunk : chunks(ownerByChildId.keySet())) {
            jdbc.query("SELECT id, service_id FROM " + table + " WHERE id IN (:ids)", Map.of("ids", chunk), rs -> {
                if (!rs.getString("service_id").equals(ownerByChildId.get(rs.getString("id")))) {
                    foreign.add(rs.getString("id"));
                }
            });
        }
        return foreign;
    }

    /**
     * The current version of each of these services, with their rows locked until the transaction
     * ends: every save raises the version, so an editor can tell whether a service changed since they
     * loaded it.
     */
    public Map<String, Long> lockVersions(Collection<String> serviceIds) {
        Map<String, Long> versions = new java.util.HashMap<>();
        for (List<String> chunk : chunks(serviceIds)) {
            jdbc.query("SELECT id, version FROM directory_service WHERE id IN (:ids) FOR UPDATE", Map.of("ids", chunk),
                    rs -> {
                        versions.put(rs.getString("id"), rs.getLong("version"));
                    });
        }
        return versions;
    }

    /** The current version of each of these services, without locking. */
    public Map<String, Long> versions(Collection<String> serviceIds) {
        Map<String, Long> versions = new java.util.HashMap<>();
        for (List<String> chunk : chunks(serviceIds)) {
            jdbc.query("SELECT id, version FROM directory_service WHERE id IN (:ids)", Map.of("ids", chunk),
                    rs -> {
                        versions.put(rs.getString("id"), rs.getLong("version"));
                    });
        }
        return versions;
    }

    /** The service and every service that shares a location with it (a location change shows in each). */
    public List<String> servicesSharingLocations(String serviceId) {
        List<String> ids = new ArrayList<>(List.of(serviceId));
        jdbc.queryForList("SELECT DISTINCT other.service_id FROM directory_service_at_location mine"
                + " JOIN directory_service_at_location other ON other.location_id = mine.location_id"
                + " WHERE mine.service_id = :id AND other.service_id <> :id", Map.of("id", serviceId), String.class)
                .forEach(ids::add);
        return ids;
    }

    public List<String> serviceIds() {
        return jdbc.queryForList("SELECT id FROM directory_service ORDER BY id", Map.of(), String.class);
    }

    public List<Hsds.Service> load(Collection<String> serviceIds) {
        List<Hsds.Service> services = new ArrayList<>();
        for (List<String> chunk : chunks(serviceIds)) {
            services.addAll(reader.services(chunk));
        }
        return services;
    }

    public List<Hsds.Organization> organizations(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : reader.organizations(List.copyOf(ids));
    }

    private void saveChunk(List<Hsds.Service> services) {
        // Lock first, before shared organisation and location rows, so editors and imports queue in one order.
        Map<String, Long> versions = lockVersions(services.stream().map(Hsds.Service::id).toList());
        Map<String, Hsds.Organization> organizations = new LinkedHashMap<>();
        Map<String, Hsds.Location> locations = new LinkedHashMap<>();
        Map<String, Hsds.TaxonomyTerm> terms = new LinkedHashMap<>();
        for (Hsds.Service service : services) {
            organizations.put(service.organization().id(), service.organization());
            for (Hsds.ServiceAtLocation at : list(service.serviceAtLocations())) {
                locations.put(at.location().id(), at.location());
            }
            for (Hsds.Attribute attribute : list(service.attributes())) {
                terms.put(attribute.taxonomyTerm().id(), attribute.taxonomyTerm());
            }
        }
        upsert("directory_organization", organizations.values(), DirectoryStore::organization,
                "name = :name, alternate_name = :alternateName, description = :description, email = :email,"
                        + " website = :website",
                "(id, name, alternate_name, description, email, website)"
                        + " VALUES (:id, :name, :alternateName, :description, :email, :website)");
        upsert("directory_location", locations.values(), DirectoryStore::location,
                "location_type = :locationType, url = :url, name = :name, alternate_name = :alternateName,"
                        + " description = :description, transportation = :transportation, latitude = :latitude,"
                        + " longitude = :longitude",
                "(id, location_type, url, name, alternate_name, description, transportation, latitude, longitude)"
                        + " VALUES (:id, :locationType, :url, :name, :alternateName, :description, :transportation,"
                        + " :latitude, :longitude)");
        upsert("directory_taxonomy_term", terms.values(), DirectoryStore::term,
                "code = :code, name = :name, description = :description, parent_id = :parentId,"
                        + " taxonomy = :taxonomy, language = :language, taxonomy_id = :taxonomyId, term_uri = :termUri",
                "(id, code, name, description, parent_id, taxonomy, language, taxonomy_id, term_uri)"
                        + " VALUES (:id, :code, :name, :description, :parentId, :taxonomy, :language, :taxonomyId,"
                        + " :termUri)");
        List<String> locationIds = List.copyOf(locations.keySet());
        if (!locationIds.isEmpty()) {
            jdbc.update("DELETE FROM directory_address WHERE location_id IN (:ids)", Map.of("ids", locationIds));
            jdbc.update("DELETE FROM directory_accessibility WHERE location_id IN (:ids)", Map.of("ids", locationIds));
        }
        DirectoryRows rows = new DirectoryRows();
        locations.values().forEach(rows::addLocationDetails);
        services.forEach(service -> rows.addService(service, versions.getOrDefault(service.id(), -1L) + 1));

        jdbc.update("DELETE FROM directory_service WHERE id IN (:ids)",
                Map.of("ids", services.stream().map(Hsds.Service::id).toList()));
        rows.insertInto(jdbc);
    }

    private <T> void upsert(String table, Collection<T> items, Function<T, SqlParameterSource> parameters,
            String assignments, String insert) {
        List<SqlParameterSource> toInsert = new ArrayList<>();
        for (T item : items) {
            SqlParameterSource source = parameters.apply(item);
            if (jdbc.update("UPDATE " + table + " SET " + assignments + " WHERE id = :id", source) == 0) {
                toInsert.add(source);
            }
        }
        if (!toInsert.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " " + insert, toInsert.toArray(SqlParameterSource[]::new));
        }
    }

    private void removeOrphans() {
        jdbc.update("DELETE FROM directory_location WHERE id NOT IN (SELECT location_id FROM directory_service_at_location)",
                Map.of());
        jdbc.update("DELETE FROM directory_organization WHERE id NOT IN (SELECT organization_id FROM directory_service)",
                Map.of());
        jdbc.update("DELETE FROM directory_taxonomy_term WHERE id NOT IN (SELECT taxonomy_term_id FROM directory_attribute)",
                Map.of());
    }

    private static SqlParameterSource organization(Hsds.Organization o) {
        return new MapSqlParameterSource()
                .addValue("id", o.id()).addValue("name", o.name()).addValue("alternateName", o.alternateName())
                .addValue("description", o.description()).addValue("email", o.email()).addValue("website", o.website());
    }

    private static SqlParameterSource location(Hsds.Location l) {
        return new MapSqlParameterSource()
                .addValue("id", l.id()).addValue("locationType", l.locationType()).addValue("url", l.url())
                .addValue("name", l.name()).addValue("alternateName", l.alternateName())
                .addValue("description", l.description()).addValue("transportation", l.transportation())
                .addValue("latitude", l.latitude(), Types.DOUBLE).addValue("longitude", l.longitude(), Types.DOUBLE);
    }

    private static SqlParameterSource term(Hsds.TaxonomyTerm t) {
        return new MapSqlParameterSource()
                .addValue("id", t.id()).addValue("code", t.code()).addValue("name", t.name())
                .addValue("description", t.description()).addValue("parentId", t.parentId())
                .addValue("taxonomy", t.taxonomy()).addValue("language", t.language())
                .addValue("taxonomyId", t.taxonomyId()).addValue("termUri", t.termUri());
    }

    static java.time.OffsetDateTime timestamp(java.time.Instant instant) {
        return instant == null ? null : java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }
}
