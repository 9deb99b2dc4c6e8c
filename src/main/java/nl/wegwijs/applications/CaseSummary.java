package nl.wegwijs.applications;

import java.time.Instant;
import java.time.LocalDate;

/** A case in a list: {@code nextDeadline} is the next statutory date, null once decided. */
public record CaseSummary(CaseReference reference, String subjectName, FiledBy filedBy, String team,
        CaseStatus status, Instant meldingAt, LocalDate nextDeadline, boolean assigned) {
}
