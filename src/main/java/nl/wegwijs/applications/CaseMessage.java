package nl.wegwijs.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message on a case between the resident's side and the municipality. Messages are never edited. */
@Entity
@Table(name = "wmo_case_message")
class CaseMessage {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "from_municipality", nullable = false)
    private boolean fromMunicipality;

    @Column(nullable = false)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected CaseMessage() {
    }

    CaseMessage(UUID caseId, UUID authorId, String authorName, boolean fromMunicipality, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.fromMunicipality = fromMunicipality;
        this.body = body;
        this.postedAt = now;
    }

    CaseMessageView view() {
        return new CaseMessageView(authorName, fromMunicipality, body, postedAt);
    }
}
