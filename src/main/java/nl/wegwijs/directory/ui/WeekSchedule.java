package nl.wegwijs.directory.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.directory.hsds.Hsds;

/**
 * A service's opening hours as one line per day of the week, read from its weekly RFC 5545-style
 * HSDS schedules ({@code freq=WEEKLY}, {@code byday}, {@code opens_at}/{@code closes_at},
 * {@code interval} 2 for every other week). Schedules of another kind keep only their description.
 */
final class WeekSchedule {

    /** One opening period; {@code label} names the schedule when a service has several kinds of hours. */
    record Opening(LocalTime opens, LocalTime closes, boolean untilMidnight, boolean everyOtherWeek, String label) {

        boolean allDay() {
            return opens.equals(LocalTime.MIDNIGHT) && untilMidnight;
        }
    }

    /** A day of the week and its openings, earliest first; none means closed. */
    record Day(DayOfWeek day, List<Opening> openings) {
    }

    private final List<Day> days;
    private final List<String> notes;

    private WeekSchedule(List<Day> days, List<String> notes) {
        this.days = days;
        this.notes = notes;
    }

    /** The schedules valid on {@code today}; expired ones and ones that start later are left out. */
    static WeekSchedule of(List<Hsds.Schedule> schedules, LocalDate today) {
        List<Hsds.Schedule> valid = Hsds.orEmpty(schedules).stream()
                .filter(s -> s.validTo() == null || !s.validTo().isBefore(today))
                .filter(s -> s.validFrom() == null || !s.validFrom().isAfter(today))
                .toList();
        List<Hsds.Schedule> weekly = valid.stream().filter(WeekSchedule::isWeekly).toList();
        Set<String> labels = weekly.stream().map(Hsds.Schedule::description).filter(WeekSchedule::present)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // With one kind of hours the description says nothing the table does not; with several it tells them apart.
        boolean labelled = labels.size() > 1;
        Map<DayOfWeek, Set<Opening>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, new LinkedHashSet<>());
        }
        for (Hsds.Schedule schedule : weekly) {
            LocalTime opens = time(schedule.opensAt());
            LocalTime closes = time(schedule.closesAt());
            boolean untilMidnight = "23:59".equals(schedule.closesAt().strip()) || "24:00".equals(schedule.closesAt().strip());
            Opening opening = new Opening(opens, untilMidnight ? LocalTime.MIDNIGHT : closes, untilMidnight,
                    schedule.interval() != null && schedule.interval() == 2,
                    labelled && present(schedule.description()) ? schedule.description().strip() : null);
            for (String code : schedule.byday().split(",")) {
                day(code.strip()).ifPresent(day -> byDay.get(day).add(opening));
            }
        }
        List<Day> days = byDay.entrySet().stream()
                .map(entry -> new Day(entry.getKey(), entry.getValue().stream()
                        .sorted(Comparator.comparing(Opening::opens).thenComparing(Opening::closes)).toList()))
                .toList();
        List<String> notes = new ArrayList<>();
        if (!labelled) {
            notes.addAll(labels);
        }
        valid.stream().filter(s -> !isWeekly(s)).map(Hsds.Schedule::description).filter(WeekSchedule::present)
                .map(String::strip).forEach(notes::add);
        return new WeekSchedule(days, notes.stream().distinct().toList());
    }

    /** Monday to Sunday. */
    List<Day> days() {
        return days;
    }

    /** Whether no weekly hours are known at all. */
    boolean isEmpty() {
        return days.stream().allMatch(day -> day.openings().isEmpty());
    }

    /** Descriptions to show with the table: the one kind of hours, and schedules that are not weekly. */
    List<String> notes() {
        return notes;
    }

    /** The day's name, such as "maandag" or "Monday". */
    static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * The day's hours as a sentence part, such as "09:00–12:00 en 13:00–17:00" or "gesloten";
     * {@code text} translates the keys {@code service.hours.*}.
     */
    static String hours(Day day, Function<String, String> text) {
        if (day.openings().isEmpty()) {
            return text.apply("service.hours.closed");
        }
        List<String> parts = new ArrayList<>();
        for (Opening opening : day.openings()) {
            StringBuilder part = new StringBuilder(opening.allDay() ? text.apply("service.hours.all-day")
                    : opening.opens() + "\u2013" + (opening.untilMidnight() ? "24:00" : opening.closes().toString()));
            List<String> remarks = new ArrayList<>();
            if (opening.everyOtherWeek()) {
                remarks.add(text.apply("service.hours.every-other-week"));
            }
            if (opening.label() != null) {
                remarks.add(opening.label());
            }
            if (!remarks.isEmpty()) {
                part.append(" (").append(String.join("; ", remarks)).append(')');
            }
            parts.add(part.toString());
        }
        return String.join(" " + text.apply("service.hours.and") + " ", parts);
    }

    /** Whether a schedule can be shown in a weekly table: weekly (or every other week), with days and hours. */
    static boolean isWeekly(Hsds.Schedule schedule) {
        return "WEEKLY".equalsIgnoreCase(schedule.freq()) && present(schedule.byday())
                && (schedule.interval() == null || schedule.interval() <= 2)
                && time(schedule.opensAt()) != null && time(schedule.closesAt()) != null;
    }

    private static java.util.Optional<DayOfWeek> day(String code) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .filter(day -> code.length() == 2 && day.name().startsWith(code.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    private static LocalTime time(String value) {
        if (value == null || !value.strip().matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return null;
        }
        String[] parts = value.strip().split(":");
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (hours == 24 && minutes == 0) {
            return LocalTime.MIDNIGHT;
        }
        return hours > 23 || minutes > 59 ? null : LocalTime.of(hours, minutes);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
