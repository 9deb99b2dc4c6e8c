package nl.wegwijs.applications;

import java.time.Instant;

/** A document as lists show it; the content is fetched separately. */
public record DocumentSummary(DocumentId id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt) {
}
