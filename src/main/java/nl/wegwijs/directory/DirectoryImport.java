package nl.wegwijs.directory;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.directory.hsds.ServiceValidation;
import nl.wegwijs.directory.search.DirectoryIndex;
import nl.wegwijs.directory.store.DirectoryStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Imports HSDS 3.0 services into the sociale kaart. Each record is checked on its own: invalid
 * ones are rejected with a reason, never half-stored. Returns only after the search index shows
 * the result.
 */
@Service
public class DirectoryImport {

    private final DirectoryStore store;
    private final DirectoryIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Directory directory;
    private final EditHistory history;

    DirectoryImport(DirectoryStore store, DirectoryIndex index, TransactionTemplate transactions, Clock clock,
            Directory directory, EditHistory history) {
        this.history = history;
        this.store = store;
        this.index = index;
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
    }

    /** Imports a JSON array of HSDS service objects sent by an editor or administrator. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public ImportSummary importJson(byte[] json, ImportMode mode) {
        return run(json, mode);
    }

    /** The same, for the portal itself (sample data on first start, the command line). */
    ImportSummary run(byte[] json, ImportMode mode) {
        JsonNode root;
        try {
            root = HsdsJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new InvalidDatasetException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidDatasetException("Expected a JSON array of HSDS service objects");
        }
        List<ImportSummary.Rejection> rejected = new ArrayList<>();
        Map<String, Hsds.Service> valid = new LinkedHashMap<>();
        int position = 0;
        for (JsonNode node : root) {
            int at = position++;
            String id = node.isObject() && node.path("id").isString() ? node.path("id").asString() : null;
            Hsds.Service service;
            try {
                service = HsdsJson.mapper().treeToValue(node, Hsds.Service.class);
            } catch (JacksonException e) {
                rejected.add(new ImportSummary.Rejection(at, id, "Not an HSDS service object: " + e.getOriginalMessage()));
                continue;
            }
            if (service == null) {
                rejected.add(new ImportSummary.Rejection(at, null, "Not an HSDS service object: null"));
                continue;
            }
            List<String> problems = ServiceValidation.problems(service);
            if (problems.isEmpty() && valid.containsKey(service.id())) {
                problems = List.of("Another record in this dataset has the same id");
            }
            if (!problems.isEmpty()) {
                rejected.add(new ImportSummary.Rejection(at, id, String.join("; ", problems)));
                continue;
            }
            valid.put(service.id(), withDefaults(service));
        }
        rejectStolenChildIds(valid, rejected, root);
        if (mode == ImportMode.REPLACE && !rejected.isEmpty()) {
            return new ImportSummary(false, 0, 0, 0, rejected);
        }
        return store(valid, mode, rejected);
    }

    private ImportSummary store(Map<String, Hsds.Service> valid, ImportMode mode, List<ImportSummary.Rejection> rejected) {
        record Outcome(int created, int updated, List<String> removed, long revision) {
        }
        Outcome outcome = transactions.execute(status -> {
            Set<String> existing = store.existing(valid.keySet());
            store.save(List.copyOf(valid.values()));
            List<String> removed = new ArrayList<>();
            if (mode == ImportMode.REPLACE) {
                store.serviceIds().stream().filter(id -> !valid.containsKey(id)).forEach(removed::add);
                store.delete(removed);
            }
            // Saving raised each imported service's version: an editor who has one open is warned.
            java.time.Instant now = clock.instant();
            history.record(valid.keySet(), now, "imported", List.of());
            history.record(removed, now, "removed", List.of());
            return new Outcome(valid.size() - existing.size(), existing.size(), removed, store.nextRevision());
        });
        index.save(valid.values(), String.valueOf(outcome.revision()));
        if (!outcome.removed().isEmpty()) {
            index.delete(outcome.removed(), String.valueOf(outcome.revision()));
        }
        directory.autocompleteChanged();
        return new ImportSummary(true, outcome.created(), outcome.updated(), outcome.removed().size(), rejected);
    }

    /** A record may not bring a phone, schedule, ... whose id belongs to another service. */
    private void rejectStolenChildIds(Map<String, Hsds.Service> valid, List<ImportSummary.Rejection> rejected,
            JsonNode root) {
        Map<String, Map<String, String>> owners = new LinkedHashMap<>();
        Map<String, String> firstOwner = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (Hsds.Service service : valid.values()) {
            childIds(service).forEach((table, ids) -> ids.forEach(id -> {
                owners.computeIfAbsent(table, k -> new HashMap<>()).put(id, service.id());
                String previous = firstOwner.putIfAbsent(table + "/" + id, service.id());
                if (previous != null && !previous.equals(service.id())) {
                    clashing.add(service.id());
                }
            }));
        }
        owners.forEach((table, ownerById) -> store.foreignChildIds(table, ownerById)
                .forEach(id -> clashing.add(ownerById.get(id))));
        for (String id : clashing) {
            valid.remove(id);
            rejected.add(new ImportSummary.Rejection(indexOf(root, id), id,
                    "A phone, schedule, cost option, language, service area, service_at_location or attribute id"
                            + " is already used by another service"));
        }
    }

    private static Map<String, List<String>> childIds(Hsds.Service s) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("directory_service_at_location", Hsds.orEmpty(s.serviceAtLocations()).stream().map(Hsds.ServiceAtLocation::id).toList());
        ids.put("directory_phone", Hsds.orEmpty(s.phones()).stream().map(Hsds.Phone::id).toList());
        ids.put("directory_schedule", Hsds.orEmpty(s.schedules()).stream().map(Hsds.Schedule::id).toList());
        ids.put("directory_cost_option", Hsds.orEmpty(s.costOptions()).stream().map(Hsds.CostOption::id).toList());
        ids.put("directory_language", Hsds.orEmpty(s.languages()).stream().map(Hsds.Language::id).toList());
        ids.put("directory_service_area", Hsds.orEmpty(s.serviceAreas()).stream().map(Hsds.ServiceArea::id).toList());
        ids.put("directory_attribute", Hsds.orEmpty(s.attributes()).stream().map(Hsds.Attribute::id).toList());
        return ids;
    }

    private Hsds.Service withDefaults(Hsds.Service s) {
        if (s.lastModified() != null && s.organizationId() != null) {
            return s;
        }
        return new Hsds.Service(s.id(), s.organization().id(), s.name(), s.alternateName(), s.description(), s.url(),
                s.email(), s.status(), s.applicationProcess(), s.eligibilityDescription(), s.feesDescription(),
                s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(),
                s.lastModified() != null ? s.lastModified() : clock.instant().truncatedTo(ChronoUnit.MILLIS),
                s.organization(), s.serviceAtLocations(), s.phones(), s.schedules(), s.costOptions(), s.languages(),
                s.serviceAreas(), s.attributes());
    }

    private static int indexOf(JsonNode root, String id) {
        for (int i = 0; i < root.size(); i++) {
            if (id.equals(root.get(i).path("id").asString(null))) {
                return i;
            }
        }
        return -1;
    }

}
