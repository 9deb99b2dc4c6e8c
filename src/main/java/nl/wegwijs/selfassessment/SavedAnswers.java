package nl.wegwijs.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Answers kept under the hash of a save code, until they expire. */
@Entity
@Table(name = "self_test_save")
class SavedAnswers {

    @Id
    @Column(name = "code_hash")
    private String codeHash;

    private String questionnaireId;

    private String answers;

    private Instant createdAt;

    private Instant expiresAt;

    protected SavedAnswers() {
    }

    SavedAnswers(String codeHash, String questionnaireId, String answers, Instant createdAt, Instant expiresAt) {
        this.codeHash = codeHash;
        this.questionnaireId = questionnaireId;
        this.answers = answers;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String questionnaireId() {
        return questionnaireId;
    }

    String answers() {
        return answers;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
