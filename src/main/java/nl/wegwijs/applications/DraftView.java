package nl.wegwijs.applications;

import java.time.Instant;
import java.util.List;
import nl.wegwijs.accounts.Bsn;

/** A melding in progress as the wizard shows it; {@code step} is where the author continues. */
public record DraftView(DraftId id, Bsn subject, String subjectName, FiledBy filedBy, MeldingStep step,
        MeldingAnswers answers, List<DocumentSummary> documents, long version, Instant updatedAt) {
}
