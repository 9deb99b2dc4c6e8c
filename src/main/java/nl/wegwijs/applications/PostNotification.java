package nl.wegwijs.applications;

import java.time.Instant;

/**
 * A letter staff still have to print and send: to the resident of case {@code reference}, at the
 * address given with the melding; {@code kind} is the new status or MESSAGE.
 */
public record PostNotification(NotificationId id, CaseReference reference, String subjectName, String postcode,
        String houseNumber, String kind, Instant createdAt) {
}
