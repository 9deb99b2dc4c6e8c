package nl.wegwijs.applications;

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

/** One step on a case's timeline: append-only history of its status. */
@Entity
@Table(name = "wmo_case_status")
class CaseStatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private UUID actorId;

    protected CaseStatusEntry() {
    }

    CaseStatusEntry(UUID caseId, CaseStatus status, Instant occurredAt, UUID actorId) {
        this.caseId = caseId;
        this.status = status;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
    }

    CaseStatus status() {
        return status;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
