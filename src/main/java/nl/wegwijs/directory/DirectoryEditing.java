package nl.wegwijs.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.ServiceValidation;
import nl.wegwijs.directory.search.DirectoryIndex;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.store.DirectoryStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors keep the sociale kaart current: create and edit services, publish, deactivate, stamp
 * them as checked. Every change names the version the editor loaded and fails with
 * {@link ServiceChangedMeanwhileException} when someone else saved since; it is in the edit
 * history and searchable when the method returns.
 */
@Service
public class DirectoryEditing {

    private final DirectoryStore store;
    private final DirectoryIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Directory directory;
    private final EditHistory history;
    private final EditorQueries queries;
    private final DraftCheck check;
    private final StatusChanges statusChanges;

    DirectoryEditing(DirectoryStore store, DirectoryIndex index, TransactionTemplate transactions, Clock clock,
            Directory directory, EditHistory history, EditorQueries queries, Postcodes postcodes,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        this.store = store;
        this.index = index;
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
        this.history = history;
        this.queries = queries;
        this.check = new DraftCheck(queries, postcodes);
        this.statusChanges = new StatusChanges(transactions, store, history, jdbc);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditorListing list(EditorListing.Filter filter, String text, int offset, int limit) {
        return queries.list(filter, text, today(), offset, limit);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<EditableService> load(String id) {
        return store.load(List.of(id)).stream().findFirst().map(service -> {
            long version = store.versions(List.of(id)).getOrDefault(id, 0L);
            boolean otherSchedules = Hsds.orEmpty(service.schedules()).stream().anyMatch(h -> !DraftMapping.isSimple(h));
            return new EditableService(id, version, service.status(), service.assuredDate(), service.lastModified(),
                    DraftMapping.draft(service), otherSchedules);
        });
    }

    /** What is wrong with the draft, without saving it; empty when it may be saved. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<FieldProblem> check(ServiceDraft draft) {
        return check.problems(draft);
    }

    /** Saves a new service as a draft (not yet visible to residents), checked today. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService create(ServiceDraft draft) {
        check.require(draft);
        String id = ServiceAssembly.newId();
        Instant now = now();
        long revision = transactions.execute(status -> {
            Hsds.Service service = check.assembly().assemble(id, null, draft, organization(draft), "draft", today(), now);
            store(service);
            history.record(id, now, "created", List.of());
            return store.nextRevision();
        });
        reindex(id, revision);
        return load(id).orElseThrow();
    }

    /** Saves the editor's changes, if the service is still at {@code version}; keeps its status. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService save(String id, long version, ServiceDraft draft) {
        check.require(draft);
        Instant now = now();
        Long revision = transactions.execute(status -> {
            requireVersion(id, version);
            Hsds.Service base = store.load(List.of(id)).getFirst();
            List<String> changed = draft.changedFields(DraftMapping.draft(base));
            if (changed.isEmpty()) {
                return null;
            }
            store(check.assembly().assemble(id, base, draft, organization(draft), base.status(), base.assuredDate(), now));
            history.record(id, now, "edited", changed);
            return store.nextRevision();
        });
        if (revision != null) {
            reindex(id, revision);
        }
        return load(id).orElseThrow();
    }

    /** Makes a draft visible to residents; the draft must be complete. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService publish(String id, long version) {
        EditableService current = load(id).orElseThrow(() -> new ServiceChangedMeanwhileException(id));
        check.require(current.draft());
        return change(id, statusChanges.status(id, version, "draft", "active", "published", now()));
    }

    /** Hides a service from residents (it stays in the list under "inactive"). */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService deactivate(String id, long version) {
        return change(id, statusChanges.status(id, version, "active,draft,temporarily closed", "inactive",
                "deactivated", now()));
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService reactivate(String id, long version) {
        return change(id, statusChanges.status(id, version, "inactive,defunct,temporarily closed", "active",
                "reactivated", now()));
    }

    /** "Checked today, nothing changed": the last-checked date becomes today. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public EditableService markChecked(String id, long version) {
        return change(id, statusChanges.checked(id, version, today(), now()));
    }

    /** Newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<EditEntry> history(String id) {
        return history.of(id);
    }

    /** Organisations whose name contains the text, by name. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<Choice> organizations(String text, int offset, int limit) {
        return queries.organizations(text, offset, limit);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<Choice> organization(String id) {
        return store.organizations(List.of(id)).stream().findFirst().map(o -> new Choice(o.id(), o.name()));
    }

    /** The terms of one of the Wegwijs taxonomies: categories, target groups or access types. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<Choice> terms(Taxonomy taxonomy) {
        return queries.terms(taxonomy.id());
    }

    private EditableService change(String id, long revision) {
        reindex(id, revision);
        return load(id).orElseThrow();
    }

    private void requireVersion(String id, long version) {
        Long current = store.lockVersions(List.of(id)).get(id);
        if (current == null || current != version) {
            throw new ServiceChangedMeanwhileException(id);
        }
    }

    private Hsds.Organization organization(ServiceDraft draft) {
        if (draft.organizationId() != null) {
            return store.organizations(List.of(draft.organizationId())).stream().findFirst()
                    .orElseThrow(() -> new InvalidServiceException(List.of(
                            FieldProblem.of("organization", "editor.error.organization"))));
        }
        return new Hsds.Organization(ServiceAssembly.newId(), draft.newOrganizationName(), null, null, null, null);
    }

    private void store(Hsds.Service service) {
        List<String> problems = ServiceValidation.problems(service);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("An edited service broke the HSDS rules: " + problems);
        }
        store.save(List.of(service));
    }

    /**
     * Puts the service as stored now into the index, and the services sharing its locations (their
     * address may have changed too). One at a time, so a slower save never indexes an older state.
     */
    private synchronized void reindex(String id, long revision) {
        index.save(store.load(store.servicesSharingLocations(id)), String.valueOf(revision));
        directory.autocompleteChanged();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Directory.ZONE));
    }
}
