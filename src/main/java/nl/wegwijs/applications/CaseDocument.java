package nl.wegwijs.applications;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded document or a generated letter; it belongs to a draft until that becomes a case. */
@Entity
@Table(name = "wmo_document")
class CaseDocument {

    @Id
    private UUID id;

    @Column(name = "draft_id")
    private UUID draftId;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected CaseDocument() {
    }

    private CaseDocument(UUID draftId, UUID caseId, DocumentKind kind, String fileName, String contentType,
            byte[] content, Instant now) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.caseId = caseId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = now;
    }

    static CaseDocument ofDraft(DraftId draft, DocumentKind kind, String fileName, String contentType, byte[] content,
            Instant now) {
        return new CaseDocument(draft.value(), null, kind, fileName, contentType, content, now);
    }

    static CaseDocument ofCase(UUID caseId, DocumentKind kind, String fileName, String contentType, byte[] content,
            Instant now) {
        return new CaseDocument(null, caseId, kind, fileName, contentType, content, now);
    }

    void moveToCase(UUID caseId) {
        this.caseId = caseId;
    }

    UUID draftId() {
        return draftId;
    }

    UUID caseId() {
        return caseId;
    }

    DocumentKind kind() {
        return kind;
    }

    byte[] content() {
        return content;
    }

    DocumentSummary summary() {
        return new DocumentSummary(new DocumentId(id), kind, fileName, contentType, sizeBytes, uploadedAt);
    }
}
