package nl.wegwijs.directory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A service as an editor sees it: the form's values plus what the status buttons need.
 *
 * @param version pass it back on every change; a different current version means someone else changed it
 * @param assuredDate the last-checked date, null when never checked
 * @param keepsOtherSchedules whether the service has opening hours the form cannot show (every other
 *                            week, ...); they are kept as they are
 */
public record EditableService(
        String id,
        long version,
        String status,
        LocalDate assuredDate,
        Instant lastModified,
        ServiceDraft draft,
        boolean keepsOtherSchedules) {

    public boolean isDraft() {
        return "draft".equals(status);
    }

    public boolean isActive() {
        return "active".equals(status);
    }
}
