package nl.wegwijs.applications;

import java.time.LocalDate;

/**
 * What the confirmation of a submitted melding tells: its reference, for whom, when it was
 * received, and the statutory dates that follow from it (Wmo 2015 art. 2.3.2).
 *
 * @param investigationDue the last day for the investigation and its report
 * @param planDue the last day to hand in a personal plan
 */
public record MeldingConfirmation(CaseReference reference, String subjectName, FiledBy filedBy, LocalDate receivedOn,
        LocalDate investigationDue, LocalDate planDue, NotificationChannel notifyBy) {
}
