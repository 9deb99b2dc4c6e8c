package nl.wegwijs.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of the append-only audit log: written once, never changed (PostgreSQL enforces it too). */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_role")
    @Enumerated(EnumType.STRING)
    private Role actorRole;

    @Column(name = "subject_bsn")
    private String subjectBsn;

    @Column(name = "on_behalf_bsn")
    private String onBehalfBsn;

    @Enumerated(EnumType.STRING)
    private AuditChannel channel;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    private String reason;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AccountId actor, String actorName, Role actorRole, Bsn subject, Bsn onBehalfOf,
            AuditChannel channel, AuditAction action, String objectType, String objectId, String reason) {
        this.occurredAt = occurredAt;
        this.actorId = actor == null ? null : actor.value();
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.subjectBsn = subject == null ? null : subject.value();
        this.onBehalfBsn = onBehalfOf == null ? null : onBehalfOf.value();
        this.channel = channel;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.reason = reason;
    }

    AuditRecord record() {
        return new AuditRecord(id, occurredAt, actorId == null ? null : new AccountId(actorId), actorName, actorRole,
                subjectBsn == null ? null : new Bsn(subjectBsn), onBehalfBsn == null ? null : new Bsn(onBehalfBsn),
                channel, action, objectType, objectId, reason);
    }
}
