package nl.wegwijs.directory;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Autocomplete;
import nl.wegwijs.directory.search.DirectoryIndex;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.directory.search.Postcodes;
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
    private final ZeroResults zeroResults;
    private final Autocomplete autocomplete;
    private final VocabularyEntries vocabulary;
    private final DirectoryIndex index;
    private final Postcodes postcodes;
    private final java.util.concurrent.atomic.AtomicBoolean autocompleteRefreshPending =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.Executor autocompleteRefresher = java.util.concurrent.Executors
            .newSingleThreadExecutor(Thread.ofVirtual().name("autocomplete-refresh").factory());

    Directory(DirectorySearcher searcher, DirectoryStore store, NamedParameterJdbcTemplate jdbc, java.time.Clock clock,
            ZeroResults zeroResults, Autocomplete autocomplete, VocabularyEntries vocabulary, DirectoryIndex index,
            Postcodes postcodes) {
        this.index = index;
        this.postcodes = postcodes;
        this.searcher = searcher;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zeroResults = zeroResults;
        this.autocomplete = autocomplete;
        this.vocabulary = vocabulary;
    }

    /** Searches; a text search that finds nothing is counted (without personal data) for editors. */
    @PreAuthorize("permitAll()")
    public SearchResponse search(SearchRequest request) {
        SearchResponse response = searcher.search(request, ZonedDateTime.now(clock.withZone(ZONE)));
        if (request.hasText() && request.offset() == 0 && response.totalServices() == 0) {
            zeroResults.record(request.text());
        }
        return response;
    }

    /** Completions for what a visitor is typing. */
    @PreAuthorize("permitAll()")
    public List<Autocomplete.Suggestion> suggest(String prefix, int count) {
        return autocomplete.suggest(prefix, count);
    }

    /** Reads the synonym list again from content/search, with the editors' entries on top; no reindexing. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public int reloadSynonyms() {
        vocabulary.applyToSearch();
        refreshAutocomplete();
        return searcher.layTerms().size();
    }

    /** Builds a fresh search index from the database and switches to it; searches go on meanwhile. */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuildIndex() {
        rebuild();
    }

    /** Rebuilds the index when it is missing, was built with other word lists, or is behind the database. */
    void rebuildIndexIfOutdated() {
        if (!index.isCurrent(String.valueOf(store.revision()))) {
            rebuild();
        }
    }

    private void rebuild() {
        String revision = String.valueOf(store.revision());
        index.rebuild(consumer -> {
            List<String> ids = store.serviceIds();
            for (int from = 0; from < ids.size(); from += 500) {
                consumer.accept(store.load(ids.subList(from, Math.min(ids.size(), from + 500))));
            }
        }, revision);
    }

    /**
     * Refreshes the completions in the background after a change; several changes in a row
     * lead to one refresh. Searching never waits for it.
     */
    void autocompleteChanged() {
        if (autocompleteRefreshPending.compareAndSet(false, true)) {
            autocompleteRefresher.execute(() -> {
                autocompleteRefreshPending.set(false);
                try {
                    refreshAutocomplete();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(Directory.class)
                            .warn("Could not refresh the autocomplete", nl.wegwijs.shared.RedactedException.of(e));
                }
            });
        }
    }

    /** Rebuilds the completions from the current directory and synonym list. */
    void refreshAutocomplete() {
        Map<String, String> entries = new java.util.HashMap<>();
        searcher.layTermsToComplete().forEach(term -> entries.put(term, "term"));
        jdbc.queryForList("SELECT DISTINCT t.name FROM directory_taxonomy_term t WHERE t.taxonomy IN"
                + " ('wegwijs-categorie', 'wegwijs-doelgroep')", Map.of(), String.class)
                .forEach(name -> entries.put(name, "category"));
        jdbc.queryForList("SELECT DISTINCT o.name FROM directory_organization o JOIN directory_service s"
                + " ON s.organization_id = o.id WHERE s.status = 'active'", Map.of(), String.class)
                .forEach(name -> entries.putIfAbsent(name, "organization"));
        jdbc.queryForList("SELECT name FROM directory_service WHERE status = 'active'", Map.of(), String.class)
                .forEach(name -> entries.putIfAbsent(name, "service"));
        autocomplete.rebuild(entries);
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

    /** Code to name of the terms of one taxonomy (such as the categories), for showing facet choices. */
    @PreAuthorize("permitAll()")
    public Map<String, String> termNames(String taxonomy) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.query("SELECT code, name FROM directory_taxonomy_term WHERE taxonomy = :taxonomy AND code IS NOT NULL",
                Map.of("taxonomy", taxonomy), row -> {
                    names.putIfAbsent(row.getString("code"), row.getString("name"));
                });
        return names;
    }

    /** One hit per physical location (service_at_location), nearest or most relevant first. */
    @PreAuthorize("permitAll()")
    public SearchResponse searchLocations(SearchRequest request) {
        return searcher.searchLocations(request, ZonedDateTime.now(clock.withZone(ZONE)));
    }

    /** Active services matching a text, best first, as short cards to pass on; at most {@code limit}. */
    @PreAuthorize("permitAll()")
    public List<ServiceCard> cards(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var request = new SearchRequest(text.strip(), Map.of(), null, null, null, null, null, null, true, 0,
                Math.max(1, limit));
        return inOrder(search(request)).stream().map(Directory::card).toList();
    }

    /**
     * Active services matching a text, best first, with closeness to {@code postcode} counting in
     * (when it is known); national and online services stay in. At most {@code limit}.
     */
    @PreAuthorize("permitAll()")
    public List<NearbyService> nearby(String text, String postcode, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var near = postcodes.locate(postcode).orElse(null);
        var request = new SearchRequest(text.strip(), Map.of(), near, null, null, null, null, null, true, 0,
                Math.clamp(limit, 1, 20));
        var response = search(request);
        var now = ZonedDateTime.now(clock.withZone(ZONE));
        Map<String, Double> distances = new java.util.HashMap<>();
        response.hits().forEach(hit -> {
            if (hit.distanceMeters() != null) {
                distances.put(hit.serviceId(), hit.distanceMeters());
            }
        });
        return inOrder(response).stream().map(service -> new NearbyService(service.id(), service.name(),
                service.organization() == null ? null : service.organization().name(), distances.get(service.id()),
                OpeningStatus.of(service.schedules(), now), ServiceFacts.cost(service) == ServiceFacts.Cost.FREE,
                ServiceFacts.needsNoReferral(service))).toList();
    }

    private static ServiceCard card(Hsds.Service service) {
        String phone = Hsds.orEmpty(service.phones()).stream()
                .filter(p -> p.number() != null && !p.number().isBlank())
                .map(Hsds.Phone::number).findFirst().orElse(null);
        return new ServiceCard(service.id(), service.name(),
                service.organization() == null ? null : service.organization().name(), phone);
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
