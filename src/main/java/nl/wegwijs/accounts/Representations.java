package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may act for whom. A carer asks; the resident consents (or declines) after signing in
 * themselves; legal bases are checked by the municipality; either side can stop it at any time.
 * Every check reads the database, so a revoked or expired representation stops working at once.
 */
@Service
public class Representations {

    /** Dates people type are Dutch dates: a representation "until 1 May" holds until the end of that day here. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String OBJECT = "representation";

    private final RepresentationRepository representations;
    private final AccountRepository accounts;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final Clock clock;

    Representations(RepresentationRepository representations, AccountRepository accounts,
            CurrentPerson currentPerson, AuditLog audit, Clock clock) {
        this.representations = representations;
        this.accounts = accounts;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in resident asks to act for someone. Informal carers wait for that person's
     * consent; legal bases wait for the municipality's check of the evidence.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public RepresentationSummary request(ConsentRequest request) {
        var actor = currentPerson.account().orElseThrow();
        var problems = problemsIn(request, actor);
        if (!problems.isEmpty()) {
            throw new RepresentationRejected(problems);
        }
        var bsn = Bsn.parse(request.representeeBsn());
        String name = request.representeeName().strip();
        var representation = representations.save(Representation.requested(bsn.get(), name, actor.id(),
                request.basis(), request.scope(), clock.instant(), endOfDay(request.validUntil()),
                request.evidence() == null ? null : request.evidence().strip()));
        audit.record(AuditAction.CREATED, OBJECT, representation.id().value().toString(), bsn.get());
        return summary(representation);
    }

    /**
     * The problems {@link #request} would report for this input, without storing anything: lets a
     * form show every problem at once, also when one of its fields could not even be read.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<RepresentationRejected.Problem> check(ConsentRequest request) {
        return problemsIn(request, currentPerson.account().orElseThrow());
    }

    /** Everyone the signed-in person acts or asked to act for, newest first, in every status. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<RepresentationSummary> actingFor() {
        var me = currentPerson.require();
        return representations.findByActorAccountIdOrderByRequestedAtDesc(me.id().value()).stream()
                .map(this::summary).toList();
    }

    /** Every representation of the signed-in resident (who acts for me), newest first, in every status. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<RepresentationSummary> aboutMe() {
        return currentPerson.require().bsn()
                .map(bsn -> representations.findByRepresenteeBsnOrderByRequestedAtDesc(bsn.value()).stream()
                        .map(this::summary).toList())
                .orElse(List.of());
    }

    /** The resident consents to an informal carer's request. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public RepresentationSummary confirm(RepresentationId id) {
        var representation = asRepresentee(id);
        if (representation.basis().needsEvidence()) {
            throw new RepresentationNotFound();
        }
        representation.confirm(clock.instant());
        audit.record(AuditAction.CONFIRMED, OBJECT, id.value().toString(), representation.representee());
        return summary(representation);
    }

    /** The resident says no to a request. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public RepresentationSummary decline(RepresentationId id) {
        var representation = asRepresentee(id);
        representation.decline(currentPerson.require().id(), clock.instant());
        audit.record(AuditAction.DECLINED, OBJECT, id.value().toString(), representation.representee());
        return summary(representation);
    }

    /** Stops a representation at once: by the resident, by the actor, or by front desk or admin staff. */
    @PreAuthorize("hasAnyRole('RESIDENT', 'FRONT_DESK', 'ADMIN')")
    @Transactional
    public RepresentationSummary revoke(RepresentationId id) {
        var me = currentPerson.require();
        var representation = find(id);
        boolean staff = me.hasRole(Role.FRONT_DESK) || me.hasRole(Role.ADMIN);
        boolean involved = representation.actor().equals(me.id())
                || me.bsn().map(representation.representee()::equals).orElse(false);
        if (!staff && !involved) {
            deny(id, representation.representee());
        }
        representation.revoke(me.id(), clock.instant());
        audit.record(AuditAction.REVOKED, OBJECT, id.value().toString(), representation.representee());
        return summary(representation);
    }

    /** Legal representations waiting for the municipality to check the evidence, oldest first. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RepresentationSummary> awaitingCheck() {
        var waiting = representations.findByStatusOrderByRequestedAtAsc(RepresentationStatus.REQUESTED).stream()
                .filter(representation -> representation.basis().needsEvidence())
                .map(this::summary).toList();
        // Staff now see names and evidence of these people: that is a view of personal data.
        waiting.forEach(shown -> audit.record(AuditAction.VIEWED, OBJECT, shown.id().value().toString(),
                shown.representee()));
        return waiting;
    }

    /** An employee checked the evidence of a legal representation: it starts to count. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'ADMIN')")
    @Transactional
    public RepresentationSummary confirmEvidence(RepresentationId id) {
        var representation = find(id);
        if (!representation.basis().needsEvidence()) {
            throw new RepresentationNotFound();
        }
        representation.confirm(clock.instant());
        audit.record(AuditAction.CONFIRMED, OBJECT, id.value().toString(), representation.representee());
        return summary(representation);
    }

    /**
     * Whether the signed-in person may act for {@code representee} in {@code matter}: it is
     * themselves, or they hold a representation that is valid right now and covers it. Other
     * modules use this in {@code @PreAuthorize("@representations.mayActFor(#bsn, 'APPLICATIONS')")}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mayActFor(Bsn representee, Matter matter) {
        var me = currentPerson.account();
        if (me.isEmpty() || representee == null || matter == null) {
            return false;
        }
        if (me.get().bsn().map(representee::equals).orElse(false)) {
            return true;
        }
        var now = clock.instant();
        return representations.findByActorAccountIdAndRepresenteeBsn(me.get().id().value(), representee.value())
                .stream().anyMatch(representation -> representation.validAt(now) && representation.covers(matter));
    }

    /**
     * Records a DigiD-machtiging from the broker's claims: active until the broker's end, renewed at
     * each sign-in. One that the resident (or staff) withdrew here stays withdrawn: the broker's
     * mandate does not overrule what the person said in Wegwijs; empty then.
     */
    @Transactional
    Optional<RepresentationSummary> recordMandate(AccountId actor, Bsn representee, String name, Set<Matter> scope,
            Instant validUntil) {
        var now = clock.instant();
        var existing = representations.findByActorAccountIdAndRepresenteeBsn(actor.value(), representee.value())
                .stream().filter(representation -> representation.basis() == RepresentationBasis.DIGID_MANDATE)
                .findFirst();
        Representation representation;
        if (existing.isPresent() && existing.get().withdrawnByOtherThan(actor)) {
            return Optional.empty();
        } else if (existing.isPresent()) {
            representation = existing.get();
            representation.renew(scope, now, validUntil);
        } else {
            representation = representations.save(Representation.active(representee, name, actor,
                    RepresentationBasis.DIGID_MANDATE, scope, now, validUntil));
        }
        return Optional.of(summary(representation));
    }

    private List<RepresentationRejected.Problem> problemsIn(ConsentRequest request, Account actor) {
        var problems = new ArrayList<>(ConsentRequestRules.problems(request, actor, LocalDate.now(clock.withZone(ZONE))));
        var bsn = Bsn.parse(request.representeeBsn());
        if (problems.isEmpty() && representations.findByActorAccountIdAndRepresenteeBsn(actor.id().value(),
                bsn.get().value()).stream().anyMatch(existing -> existing.status() == RepresentationStatus.REQUESTED
                        || existing.validAt(clock.instant()))) {
            problems.add(new RepresentationRejected.Problem("representeeBsn", "already"));
        }
        return problems;
    }

    private Representation asRepresentee(RepresentationId id) {
        var me = currentPerson.require();
        var representation = find(id);
        if (!me.bsn().map(representation.representee()::equals).orElse(false)) {
            deny(id, representation.representee());
        }
        return representation;
    }

    private Representation find(RepresentationId id) {
        Objects.requireNonNull(id, "id");
        var found = representations.findById(id.value());
        if (found.isEmpty()) {
            // A guessed id is a refusal too: keep it in the log, with no subject to name.
            deny(id, null);
        }
        return found.get();
    }

    private void deny(RepresentationId id, Bsn subject) {
        audit.record(AuditAction.DENIED, OBJECT, id.value().toString(), subject);
        throw new RepresentationNotFound();
    }

    private static Instant endOfDay(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private RepresentationSummary summary(Representation representation) {
        String actorName = accounts.findById(representation.actor().value()).map(Account::displayName).orElse("");
        return representation.summary(actorName);
    }
}
