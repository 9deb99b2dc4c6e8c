package nl.wegwijs.applications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The statutory clock of a Wmo case. The investigation ends at the latest 6 weeks after the
 * melding (Wmo 2015 art. 2.3.2), the decision 2 weeks after the aanvraag (art. 2.3.5) and a
 * personal plan may follow within 7 days (art. 2.3.2 lid 2). A term that ends on a Saturday,
 * Sunday or generally recognised holiday is extended to the next working day (Algemene
 * termijnenwet art. 1 and 3).
 */
public final class WmoDeadlines {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 5), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WmoDeadlines() {
    }

    /** The last day for the investigation (and its report) after a melding on {@code melding}. */
    public static LocalDate investigationDue(LocalDate melding) {
        return nextWorkingDayFrom(melding.plusWeeks(6));
    }

    /** The last day for the decision after an aanvraag on {@code aanvraag}. */
    public static LocalDate decisionDue(LocalDate aanvraag) {
        return nextWorkingDayFrom(aanvraag.plusWeeks(2));
    }

    /** The next statutory date of a case in {@code status}: the investigation's end before the aanvraag, then the decision's; null once decided. */
    public static LocalDate next(CaseStatus status, LocalDate investigationDue, LocalDate decisionDue) {
        return switch (status) {
            case DECIDED -> null;
            case AANVRAAG_RECEIVED -> decisionDue;
            default -> investigationDue;
        };
    }

    /** The last day to hand in a personal plan after a melding on {@code melding}. */
    public static LocalDate personalPlanDue(LocalDate melding) {
        return nextWorkingDayFrom(melding.plusDays(7));
    }

    /**
     * Working days from {@code from} to {@code due}: those after {@code from} up to and including
     * {@code due}; 0 when due today; negative (the working days since) once {@code due} has passed.
     */
    public static int workingDaysUntil(LocalDate from, LocalDate due) {
        boolean passed = due.isBefore(from);
        LocalDate start = passed ? due : from;
        LocalDate end = passed ? from : due;
        int days = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return passed ? -days : days;
    }

    /** {@code day} itself when it is a working day, otherwise the first working day after it. */
    public static LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Monday to Friday and not a holiday of the Algemene termijnenwet. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isHoliday(day);
    }

    /**
     * The holidays of Algemene termijnenwet art. 3: New Year's Day, Easter Monday, Ascension Day,
     * Whit Monday, King's Day (27 April, or 26 April when that is a Sunday), Liberation Day
     * (5 May) and both Christmas days. The Sundays among them are weekend days anyway.
     */
    public static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day)) || day.equals(kingsDay(day.getYear()))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
