package nl.wegwijs.chat;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A coordinator's new shift as entered: local date and times in the portal's time zone. A night
 * shift says so with {@code endsNextDay}, so a mistyped end time is never read as a night shift.
 */
public record ShiftRequest(String responder, Shift.Tier tier, LocalDate date, LocalTime start, LocalTime end,
        boolean endsNextDay) {
}
