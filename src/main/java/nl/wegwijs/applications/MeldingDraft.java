package nl.wegwijs.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.Bsn;

/** A melding being filled in by its author, for themselves or for the subject they act for. */
@Entity
@Table(name = "melding_draft")
class MeldingDraft {

    @Id
    private UUID id;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "subject_bsn", nullable = false)
    private String subjectBsn;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "filed_by", nullable = false)
    private FiledBy filedBy;

    private int step;

    @Column(nullable = false)
    private String answers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_case")
    private UUID submittedCase;

    @Version
    private long version;

    protected MeldingDraft() {
    }

    MeldingDraft(AccountId author, Bsn subject, String subjectName, FiledBy filedBy, String answersJson, Instant now) {
        this.id = DraftId.random().value();
        this.authorId = author.value();
        this.subjectBsn = subject.value();
        this.subjectName = subjectName;
        this.filedBy = filedBy;
        this.step = MeldingStep.DIFFICULTIES.number();
        this.answers = answersJson;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void save(MeldingStep reached, String answersJson, Instant now) {
        requireOpen();
        this.step = reached.number();
        this.answers = answersJson;
        this.updatedAt = now;
    }

    void submitted(UUID caseId) {
        requireOpen();
        this.submittedCase = caseId;
    }

    private void requireOpen() {
        if (submittedCase != null) {
            throw new CaseStepRejected("already-submitted");
        }
    }

    DraftId id() {
        return new DraftId(id);
    }

    AccountId author() {
        return new AccountId(authorId);
    }

    Bsn subject() {
        return new Bsn(subjectBsn);
    }

    String subjectName() {
        return subjectName;
    }

    FiledBy filedBy() {
        return filedBy;
    }

    MeldingStep step() {
        return MeldingStep.ofNumber(step);
    }

    String answersJson() {
        return answers;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    UUID submittedCase() {
        return submittedCase;
    }

    long version() {
        return version;
    }
}
