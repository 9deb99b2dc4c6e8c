package nl.wegwijs.directory.search;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;

/**
 * Opening hours as minute-of-week ranges (Monday 00:00 = 0), from weekly RFC 5545-style
 * schedules: what the "open now" filter compares the current time with.
 */
public final class WeeklyHours {

    public static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private WeeklyHours() {
    }

    /** Each range is {from, to} inclusive; schedules that are not weekly with hours give none. */
    public static List<int[]> ranges(List<Hsds.Schedule> schedules) {
        List<int[]> ranges = new ArrayList<>();
        for (Hsds.Schedule schedule : schedules) {
            if (!"WEEKLY".equalsIgnoreCase(schedule.freq()) || schedule.byday() == null) {
                continue;
            }
            int opens = minutes(schedule.opensAt());
            int closes = minutes(schedule.closesAt());
            if (opens < 0 || closes < 0) {
                continue;
            }
            for (String day : schedule.byday().split(",")) {
                int dayIndex = dayIndex(day.strip());
                if (dayIndex < 0) {
                    continue;
                }
                int start = dayIndex * 24 * 60;
                if (closes > opens) {
                    ranges.add(new int[] {start + opens, start + closes - 1});
                } else if (closes < opens) {
                    // past midnight: until the end of the day, then on into the next morning
                    ranges.add(new int[] {start + opens, start + 24 * 60 - 1});
                    int next = ((dayIndex + 1) % 7) * 24 * 60;
                    ranges.add(new int[] {next, next + closes - 1});
                }
            }
        }
        return ranges;
    }

    public static int minuteOfWeek(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
    }

    private static int minutes(String time) {
        if (time == null || !time.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return -1;
        }
        String[] parts = time.split(":");
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (hours > 24 || minutes > 59) {
            return -1;
        }
        // 23:59 means "until midnight"
        return hours == 23 && minutes == 59 ? 24 * 60 : hours * 60 + minutes;
    }

    private static int dayIndex(String day) {
        for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
            if (dayOfWeek.name().startsWith(day.toUpperCase()) && day.length() == 2) {
                return dayOfWeek.getValue() - 1;
            }
        }
        return -1;
    }
}
