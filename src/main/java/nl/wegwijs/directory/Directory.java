package nl.wegwijs.directory;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.directory.store.DirectoryStore;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reading the sociale kaart: searching and fetching services and organisations. Public data. */
@Service
public class Directory {

    /** The portal's time zone for "open now". */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DirectorySearcher searcher;
    private final DirectoryStore store;
    private final NamedParameterJdbcTemplate jdbc;
    private final java.time.Clock clock;

    Directory(DirectorySearcher searcher, DirectoryStore store, NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
        this.searcher = searcher;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public SearchResponse search(SearchRequest request) {
        return searcher.search(request, ZonedDateTime.now(clock.withZone(ZONE)));
    }

    /** A page of services in full nested form, in the order of the search. */
    @PreAuthorize("permitAll()")
    public Hsds.Page<Hsds.Service> services(SearchRequest request) {
        SearchResponse response = search(request);
        List<Hsds.Service> services = inOrder(response);
        return page(response.totalServices(), request.offset(), request.limit(), services);
    }

    /** One active service, in full nested form. */
    @PreAuthorize("permitAll()")
    public Optional<Hsds.Service> publicService(String id) {
        return store.load(List.of(id)).stream().filter(s -> "active".equals(s.status())).findFirst();
    }

    /** Organisations with at least one active service, by name. */
    @PreAuthorize("permitAll()")
    public Hsds.Page<Hsds.Organization> organizations(int offset, int limit) {
        Long total = jdbc.queryForObject("SELECT count(DISTINCT o.id) FROM directory_organization o"
                + " JOIN directory_service s ON s.organization_id = o.id WHERE s.status = 'active'", Map.of(), Long.class);
        List<String> ids = jdbc.queryForList("SELECT o.id FROM directory_organization o WHERE EXISTS (SELECT 1 FROM"
                        + " directory_service s WHERE s.organization_id = o.id AND s.status = 'active')"
                        + " ORDER BY o.name, o.id LIMIT :limit OFFSET :offset",
                Map.of("limit", limit, "offset", offset), String.class);
        Map<String, Hsds.Organization> byId = new java.util.HashMap<>();
        store.organizations(ids).forEach(o -> byId.put(o.id(), o));
        return page(total == null ? 0 : total, offset, limit, ids.stream().map(byId::get).toList());
    }

    @PreAuthorize("permitAll()")
    public Optional<Hsds.Organization> publicOrganization(String id) {
        List<String> ids = jdbc.queryForList("SELECT o.id FROM directory_organization o WHERE o.id = :id AND EXISTS"
                + " (SELECT 1 FROM directory_service s WHERE s.organization_id = o.id AND s.status = 'active')",
                Map.of("id", id), String.class);
        return store.organizations(ids).stream().findFirst();
    }

    /** One hit per physical location (service_at_location), nearest or most relevant first. */
    @PreAuthorize("permitAll()")
    public SearchResponse searchLocations(SearchRequest request) {
        return searcher.searchLocations(request, ZonedDateTime.now(clock.withZone(ZONE)));
    }

    /** Active services by id, in full nested form. */
    @PreAuthorize("permitAll()")
    public List<Hsds.Service> load(List<String> ids) {
        return store.load(ids).stream().filter(s -> "active".equals(s.status())).toList();
    }

    List<Hsds.Service> inOrder(SearchResponse response) {
        List<String> ids = response.hits().stream().map(SearchResponse.Hit::serviceId).toList();
        Map<String, Hsds.Service> byId = new java.util.HashMap<>();
        store.load(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public static <T> Hsds.Page<T> page(long total, int offset, int limit, List<T> contents) {
        int size = Math.max(1, limit);
        int pages = (int) Math.ceil(total / (double) size);
        int number = offset / size + 1;
        return new Hsds.Page<>(total, pages, number, contents.size(), number == 1, number >= pages,
                contents.isEmpty(), contents);
    }
}
