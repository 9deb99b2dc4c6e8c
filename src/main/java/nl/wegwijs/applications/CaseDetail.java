package nl.wegwijs.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.Bsn;

/**
 * A whole case file as its readers see it. Each change to the case names {@code version}, the
 * version it was read at, so that two people editing never overwrite each other silently.
 */
public record CaseDetail(
        CaseReference reference,
        Bsn subject,
        String subjectName,
        FiledBy filedBy,
        String team,
        AccountId consultant,
        CaseStatus status,
        MeldingAnswers answers,
        Instant meldingAt,
        LocalDate planDue,
        LocalDate investigationDue,
        ConversationPlan conversation,
        String report,
        Instant reportAt,
        ReportResponse reportResponse,
        String reportComment,
        LocalDate aanvraagOn,
        LocalDate decisionDue,
        Decision decision,
        Instant decidedAt,
        String contactEmail,
        String contactPhone,
        NotificationChannel notifyBy,
        List<TimelineEntry> timeline,
        List<CaseMessageView> messages,
        List<DocumentSummary> documents,
        long version) {

    /** The next statutory date: the investigation's end before the aanvraag, then the decision's; null once decided. */
    public LocalDate nextDeadline() {
        return WmoDeadlines.next(status, investigationDue, decisionDue);
    }
}
