package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import nl.wegwijs.directory.OpeningStatus.State;
import nl.wegwijs.directory.hsds.Hsds;
import org.junit.jupiter.api.Test;

class OpeningStatusTest {

    // Wednesday 25 November 2026
    private static ZonedDateTime wednesday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 25, hour, minute, 0, 0, Directory.ZONE);
    }

    private static Hsds.Schedule weekly(String days, String opens, String closes) {
        return new Hsds.Schedule(null, null, null, null, null, "Europe/Amsterdam", null, null, null, "WEEKLY", null,
                days, null, null, null, null, opens, closes, null, null, null);
    }

    @Test
    void openServiceSaysWhenItClosesToday() {
        OpeningStatus status = OpeningStatus.of(List.of(weekly("MO,WE", "09:00", "17:00")), wednesday(10, 15));
        assertThat(status.state()).isEqualTo(State.OPEN_UNTIL);
        assertThat(status.clockTime()).isEqualTo("17:00");
        assertThat(status.daysAhead()).isZero();
    }

    @Test
    void closedServiceSaysWhenItOpensLaterTodayTomorrowOrOnAnotherDay() {
        List<Hsds.Schedule> hours = List.of(weekly("WE", "13:00", "17:00"), weekly("TH", "09:00", "12:00"),
                weekly("MO", "09:00", "12:00"));
        OpeningStatus lunch = OpeningStatus.of(hours, wednesday(12, 0));
        assertThat(lunch.state()).isEqualTo(State.OPENS_AT);
        assertThat(lunch.clockTime()).isEqualTo("13:00");
        assertThat(lunch.daysAhead()).isZero();

        OpeningStatus evening = OpeningStatus.of(hours, wednesday(18, 0));
        assertThat(evening.clockTime()).isEqualTo("09:00");
        assertThat(evening.daysAhead()).isEqualTo(1);
        assertThat(evening.day()).isEqualTo(DayOfWeek.THURSDAY);

        OpeningStatus weekend = OpeningStatus.of(hours, wednesday(18, 0).plusDays(2));
        assertThat(weekend.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(weekend.daysAhead()).isEqualTo(3);
    }

    @Test
    void hoursUntilMidnightReadAsTwentyFourHundredAndNightHoursCarryOver() {
        assertThat(OpeningStatus.of(List.of(weekly("WE", "18:00", "23:59")), wednesday(20, 0)).clockTime())
                .isEqualTo("24:00");
        OpeningStatus night = OpeningStatus.of(List.of(weekly("WE", "22:00", "02:00")), wednesday(23, 0));
        assertThat(night.state()).isEqualTo(State.OPEN_UNTIL);
        assertThat(night.clockTime()).isEqualTo("02:00");
        assertThat(night.daysAhead()).isEqualTo(1);
    }

    @Test
    void alwaysOpenAndUnknownHoursAreToldApart() {
        assertThat(OpeningStatus.of(List.of(weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")), wednesday(3, 0))
                .state()).isEqualTo(State.ALWAYS_OPEN);
        assertThat(OpeningStatus.of(List.of(), wednesday(3, 0)).state()).isEqualTo(State.UNKNOWN);
        assertThat(OpeningStatus.of(null, wednesday(3, 0)).state()).isEqualTo(State.UNKNOWN);
    }
}
