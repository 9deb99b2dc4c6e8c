package nl.wegwijs.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open case on a consultant's worklist. {@code workingDaysLeft} counts to {@code nextDeadline}
 * (negative once passed); {@code consultantName} is null while nobody has the case; {@code version}
 * is the version to claim it at.
 */
public record WorklistRow(CaseReference reference, String subjectName, CaseStatus status, Instant meldingAt,
        LocalDate nextDeadline, int workingDaysLeft, DeadlineWarning warning, String consultantName, boolean mine,
        long version) {
}
