package nl.wegwijs.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A front-desk employee helping a walk-in who is present. Identity is noted by document type and
 * the last four characters of its number only; the session's representation ends with it.
 */
@Entity
@Table(name = "counter_session")
class CounterSession {

    @Id
    private UUID id;

    @Column(name = "employee_id", nullable = false)
    private UUID employeeId;

    @Column(name = "representation_id", nullable = false)
    private UUID representationId;

    @Column(name = "resident_bsn", nullable = false)
    private String residentBsn;

    @Column(name = "resident_name", nullable = false)
    private String residentName;

    @Column(name = "document_type", nullable = false)
    private String documentType;

    @Column(name = "document_last4", nullable = false)
    private String documentLast4;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected CounterSession() {
    }

    CounterSession(AccountId employee, RepresentationId representation, Bsn resident, String residentName,
            String documentType, String documentLast4, Instant now) {
        this.id = UUID.randomUUID();
        this.employeeId = employee.value();
        this.representationId = representation.value();
        this.residentBsn = resident.value();
        this.residentName = residentName;
        this.documentType = documentType;
        this.documentLast4 = documentLast4;
        this.consentAt = now;
        this.startedAt = now;
    }

    void end(String reason, Instant now) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    UUID id() {
        return id;
    }

    AccountId employee() {
        return new AccountId(employeeId);
    }

    RepresentationId representation() {
        return new RepresentationId(representationId);
    }

    Bsn resident() {
        return new Bsn(residentBsn);
    }

    String residentName() {
        return residentName;
    }

    String documentType() {
        return documentType;
    }

    String documentLast4() {
        return documentLast4;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    boolean open() {
        return endedAt == null;
    }
}
