package nl.wegwijs.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.WeeklyHours;

/**
 * Whether a service is open at a moment and when that changes, from its weekly opening hours:
 * what a result card says ("open tot 17:00", "morgen open om 09:00"). The same hours as the
 * "open now" filter uses, so the card and the filter never disagree.
 *
 * @param state open, closed with a next opening, always open, or no known hours
 * @param time when it closes (open) or opens (closed); null for {@code ALWAYS_OPEN} and {@code UNKNOWN}
 * @param daysAhead 0 for today, 1 for tomorrow, ...
 * @param day the day of {@code time}
 */
public record OpeningStatus(State state, LocalTime time, int daysAhead, DayOfWeek day) {

    /** What the visitor can count on right now. */
    public enum State { OPEN_UNTIL, OPENS_AT, ALWAYS_OPEN, UNKNOWN }

    private static final int MINUTES_PER_DAY = 24 * 60;

    /** The status at {@code now} (in the portal's time zone) of a service with these schedules. */
    public static OpeningStatus of(List<Hsds.Schedule> schedules, ZonedDateTime now) {
        boolean[] open = new boolean[WeeklyHours.MINUTES_PER_WEEK];
        int openMinutes = 0;
        for (int[] range : WeeklyHours.ranges(Hsds.orEmpty(schedules))) {
            for (int minute = Math.max(0, range[0]); minute <= range[1] && minute < open.length; minute++) {
                if (!open[minute]) {
                    open[minute] = true;
                    openMinutes++;
                }
            }
        }
        if (openMinutes == 0) {
            return new OpeningStatus(State.UNKNOWN, null, 0, null);
        }
        if (openMinutes == open.length) {
            return new OpeningStatus(State.ALWAYS_OPEN, null, 0, null);
        }
        int start = WeeklyHours.minuteOfWeek(now);
        boolean openNow = open[start];
        int ahead = 1;
        while (open[(start + ahead) % open.length] == openNow) {
            ahead++;
        }
        int startOfToday = start - start % MINUTES_PER_DAY;
        int change = start + ahead;
        int daysAhead = (change - startOfToday) / MINUTES_PER_DAY;
        int minuteOfDay = change % MINUTES_PER_DAY;
        if (openNow && minuteOfDay == 0 && daysAhead > 0) {
            // Open until midnight reads as "until 24:00" today, not "until 00:00 tomorrow".
            daysAhead--;
            minuteOfDay = MINUTES_PER_DAY;
        }
        LocalTime time = minuteOfDay == MINUTES_PER_DAY ? LocalTime.MAX.withSecond(0).withNano(0)
                : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
        return new OpeningStatus(openNow ? State.OPEN_UNTIL : State.OPENS_AT, time, daysAhead,
                now.getDayOfWeek().plus(daysAhead));
    }

    /** The time as people write it: 09:00, and 24:00 for "until midnight". */
    public String clockTime() {
        if (time == null) {
            return "";
        }
        return time.equals(LocalTime.MAX.withSecond(0).withNano(0)) ? "24:00" : String.format("%02d:%02d",
                time.getHour(), time.getMinute());
    }
}
