package nl.wegwijs.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Someone acting for someone else; state changes only through the guarded methods below. */
@Entity
@Table(name = "representation")
class Representation {

    @Id
    private UUID id;

    @Column(name = "representee_bsn", nullable = false)
    private String representeeBsn;

    @Column(name = "representee_name", nullable = false)
    private String representeeName;

    @Column(name = "actor_account_id", nullable = false)
    private UUID actorAccountId;

    @Enumerated(EnumType.STRING)
    private RepresentationBasis basis;

    @Enumerated(EnumType.STRING)
    private RepresentationStatus status;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private UUID endedBy;

    private String evidence;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "representation_scope", joinColumns = @JoinColumn(name = "representation_id"))
    @Column(name = "matter")
    @Enumerated(EnumType.STRING)
    private Set<Matter> scope = EnumSet.noneOf(Matter.class);

    protected Representation() {
    }

    private Representation(Bsn representee, String representeeName, AccountId actor, RepresentationBasis basis,
            Set<Matter> scope, RepresentationStatus status, Instant now, Instant validUntil, String evidence) {
        this.id = RepresentationId.random().value();
        this.representeeBsn = representee.value();
        this.representeeName = representeeName;
        this.actorAccountId = actor.value();
        this.basis = basis;
        this.scope = EnumSet.copyOf(scope);
        this.status = status;
        this.validFrom = now;
        this.validUntil = validUntil;
        this.requestedAt = now;
        this.decidedAt = status == RepresentationStatus.ACTIVE ? now : null;
        this.evidence = evidence;
    }

    /** Waits for the representee's consent or, for legal bases, the municipality's check. */
    static Representation requested(Bsn representee, String name, AccountId actor, RepresentationBasis basis,
            Set<Matter> scope, Instant now, Instant validUntil, String evidence) {
        return new Representation(representee, name, actor, basis, scope, RepresentationStatus.REQUESTED, now,
                validUntil, evidence);
    }

    /** Valid at once: a DigiD-machtiging from the broker or a counter session with the resident present. */
    static Representation active(Bsn representee, String name, AccountId actor, RepresentationBasis basis,
            Set<Matter> scope, Instant now, Instant validUntil) {
        return new Representation(representee, name, actor, basis, scope, RepresentationStatus.ACTIVE, now,
                validUntil, null);
    }

    void confirm(Instant now) {
        requireStatus(RepresentationStatus.REQUESTED);
        status = RepresentationStatus.ACTIVE;
        decidedAt = now;
        if (validFrom.isBefore(now)) {
            validFrom = now;
        }
    }

    void decline(AccountId by, Instant now) {
        requireStatus(RepresentationStatus.REQUESTED);
        status = RepresentationStatus.DECLINED;
        decidedAt = now;
        endedAt = now;
        endedBy = by.value();
    }

    void revoke(AccountId by, Instant now) {
        if (status != RepresentationStatus.REQUESTED && status != RepresentationStatus.ACTIVE) {
            throw new IllegalStateException("Representation " + id + " is already " + status);
        }
        status = RepresentationStatus.REVOKED;
        endedAt = now;
        endedBy = by.value();
    }

    void end(Instant now) {
        if (status == RepresentationStatus.ACTIVE) {
            status = RepresentationStatus.ENDED;
            endedAt = now;
        }
    }

    /** A renewed DigiD-machtiging: active again with the broker's scope and end date. */
    void renew(Set<Matter> newScope, Instant now, Instant newValidUntil) {
        scope.clear();
        scope.addAll(newScope);
        status = RepresentationStatus.ACTIVE;
        validFrom = now;
        validUntil = newValidUntil;
        decidedAt = now;
        endedAt = null;
        endedBy = null;
    }

    /** Withdrawn by someone other than {@code actor}: the representee or staff. */
    boolean withdrawnByOtherThan(AccountId actor) {
        return status == RepresentationStatus.REVOKED && endedBy != null && !endedBy.equals(actor.value());
    }

    private void requireStatus(RepresentationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Representation " + id + " is " + status + ", not " + expected);
        }
    }

    RepresentationId id() {
        return new RepresentationId(id);
    }

    Bsn representee() {
        return new Bsn(representeeBsn);
    }

    String representeeName() {
        return representeeName;
    }

    AccountId actor() {
        return new AccountId(actorAccountId);
    }

    RepresentationBasis basis() {
        return basis;
    }

    RepresentationStatus status() {
        return status;
    }

    boolean validAt(Instant moment) {
        return RepresentationSummary.validAt(status, validFrom, validUntil, moment);
    }

    boolean covers(Matter matter) {
        return scope.contains(matter);
    }

    RepresentationSummary summary(String actorName) {
        return new RepresentationSummary(id(), representee(), representeeName, actor(), actorName, basis,
                Set.copyOf(scope), status, validFrom, validUntil, requestedAt, evidence);
    }
}
