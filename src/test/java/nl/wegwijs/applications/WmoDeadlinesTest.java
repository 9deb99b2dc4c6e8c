package nl.wegwijs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WmoDeadlinesTest {

    @Test
    void investigationEndsSixWeeksAfterAMeldingOnAWeekday() {
        // Tuesday 3 March 2026 + 6 weeks = Tuesday 14 April 2026, an ordinary working day.
        assertThat(WmoDeadlines.investigationDue(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void aTermEndingOnASaturdayMovesToMonday() {
        // Saturday 7 Nov 2026 + 2 weeks = Saturday 21 Nov 2026 -> Monday 23 Nov 2026.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 11, 7))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aTermEndingOnASundayMovesToMonday() {
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 11, 8))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aDecisionTermAcrossTheYearBoundarySkipsNewYearsDay() {
        // Thursday 18 Dec 2025 + 2 weeks = Thursday 1 Jan 2026 (holiday) -> Friday 2 Jan 2026.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2025, 12, 18))).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void anInvestigationTermAcrossTheYearBoundaryLandsInTheNewYear() {
        // Monday 30 Nov 2026 + 6 weeks = Monday 11 Jan 2027.
        assertThat(WmoDeadlines.investigationDue(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void christmasAndTheWeekendAfterItAreSkippedTogether() {
        // Friday 11 Dec 2026 + 2 weeks = Friday 25 Dec 2026; 26th Saturday, 27th Sunday -> Monday 28 Dec.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void newYearsDayOnAFridayRollsOverTheWeekend() {
        // Friday 1 Jan 2027 is a holiday; the next working day is Monday 4 Jan 2027.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aPersonalPlanIsDueSevenDaysAfterTheMelding() {
        // Wednesday 23 Dec 2026 + 7 days = Wednesday 30 Dec 2026.
        assertThat(WmoDeadlines.personalPlanDue(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 30));
        // Friday 18 Dec 2026 + 7 = Friday 25 Dec (Christmas) -> Monday 28 Dec.
        assertThat(WmoDeadlines.personalPlanDue(LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(WmoDeadlines.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-04-06, Easter Monday",
            "2026-05-14, Ascension Day",
            "2026-05-25, Whit Monday",
            "2026-04-27, King's Day",
            "2025-04-26, King's Day on Saturday because 27 April 2025 is a Sunday",
            "2026-05-05, Liberation Day",
            "2026-12-25, Christmas",
            "2026-12-26, Boxing Day",
            "2027-01-01, New Year's Day"})
    void knowsTheHolidaysOfTheAlgemeneTermijnenwet(LocalDate day, String name) {
        assertThat(WmoDeadlines.isHoliday(day)).as(name).isTrue();
        assertThat(WmoDeadlines.isWorkingDay(day)).as(name).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-04-03, Good Friday is not in the Atw", "2026-12-24, Christmas Eve", "2026-12-31, New Year's Eve",
            "2025-04-28, Monday after King's Day on Saturday"})
    void ordinaryDaysAreWorkingDays(LocalDate day, String name) {
        assertThat(WmoDeadlines.isWorkingDay(day)).as(name).isTrue();
    }

    @Test
    void aTermEndingOnEasterMondayMovesToTuesday() {
        // Monday 23 Mar 2026 + 2 weeks = Easter Monday 6 Apr 2026 -> Tuesday 7 Apr.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 3, 23))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void aTermEndingOnWhitMondayAfterAWeekendMovesToTuesday() {
        // Monday 11 May 2026 + 2 weeks = Whit Monday 25 May 2026 -> Tuesday 26 May.
        assertThat(WmoDeadlines.decisionDue(LocalDate.of(2026, 5, 11))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-13, 2026-11-16, 1, Friday to Monday: the weekend does not count",
        "2026-11-16, 2026-11-16, 0, due today",
        "2026-11-17, 2026-11-16, -1, one working day late",
        "2026-11-16, 2026-11-13, -1, late by the weekend only counts the Monday",
        "2026-12-23, 2027-01-04, 6, across Christmas and New Year: 24 28 29 30 31 December and 4 January",
    })
    void workingDaysUntilADeadlineSkipWeekendsAndHolidays(LocalDate from, LocalDate due, int expected, String why) {
        assertThat(WmoDeadlines.workingDaysUntil(from, due)).as(why).isEqualTo(expected);
    }
}
