package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Coordinators plan shifts, night shifts included; the engine asks who is on duty. */
@PostgresTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ChatRotaTest {

    @Autowired
    ChatRota rota;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate tomorrow = LocalDate.now(ChatRota.ZONE).plusDays(1);

    @BeforeEach
    void emptyRota() {
        jdbc.update("DELETE FROM chat_shift");
    }

    @Test
    void aNightShiftCoversTheHoursAfterMidnightAndEndsAtItsEndTime() {
        Shift night = rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, tomorrow, time("22:00"), time("07:00"), true));
        // Someone else on the evening and the morning after, so the rota is in use at every moment asked.
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("18:00"), time("22:00"), false));
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow.plusDays(1), time("07:00"), time("11:00"),
                false));

        assertThat(night.start()).isEqualTo(at(tomorrow, "22:00"));
        assertThat(night.end()).isEqualTo(at(tomorrow.plusDays(1), "07:00"));
        assertThat(rota.isOnDuty("crisis", at(tomorrow, "21:59"))).isFalse();
        assertThat(rota.isOnDuty("crisis", at(tomorrow, "22:00"))).isTrue();
        assertThat(rota.isOnDuty("crisis", at(tomorrow, "23:59"))).isTrue();
        assertThat(rota.isOnDuty("crisis", at(tomorrow.plusDays(1), "00:00"))).isTrue();
        assertThat(rota.isOnDuty("crisis", at(tomorrow.plusDays(1), "06:59"))).isTrue();
        assertThat(rota.isOnDuty("crisis", at(tomorrow.plusDays(1), "07:00"))).isFalse();
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "23:00"))).as("someone else").isFalse();
        assertThat(rota.onDuty(at(tomorrow.plusDays(1), "03:00"))).extracting(Shift::responder).containsExactly("crisis");
    }

    @Test
    void whenNobodyHasAShiftAtThatMomentEveryoneWhoIsAvailableIsOnDuty() {
        rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, tomorrow, time("22:00"), time("07:00"), true));
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "12:00"))).as("the rota is not in use at noon").isTrue();
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "23:00"))).as("the night is planned").isFalse();
    }

    @Test
    void anEndTimeBeforeTheStartIsRefusedUnlessTheShiftEndsTheNextDay() {
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("22:00"), time("07:00"), false),
                ShiftRejected.Field.END, "chat.rota.error.end-before-start");
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("09:00"), false),
                ShiftRejected.Field.END, "chat.rota.error.end-before-start");
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("09:30"), true),
                ShiftRejected.Field.END, "chat.rota.error.too-long");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_shift", Long.class)).isZero();
    }

    @Test
    void oneResponderNeverHasTwoShiftsAtOnceButShiftsMayFollowEachOther() {
        Shift night = rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, tomorrow, time("22:00"), time("07:00"), true));
        // Someone else on the evening and the morning after, so the rota is in use at every moment asked.
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("18:00"), time("22:00"), false));
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow.plusDays(1), time("07:00"), time("11:00"),
                false));

        ShiftRejected rejected = assertRejected(new ShiftRequest("crisis", Shift.Tier.VOLUNTEER, tomorrow.plusDays(1),
                time("06:00"), time("10:00"), false), ShiftRejected.Field.START, "chat.rota.error.overlap");
        assertThat(rejected.clash()).contains(night);

        rota.add(new ShiftRequest("crisis", Shift.Tier.VOLUNTEER, tomorrow.plusDays(1), time("07:00"), time("10:00"), false));
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("23:00"), time("02:00"), true));
        assertThat(rota.onDuty(at(tomorrow, "23:30"))).extracting(Shift::responder).containsExactly("crisis", "volunteer");
        assertThat(rota.isOnDuty("crisis", at(tomorrow.plusDays(1), "07:00"))).as("the next shift").isTrue();
    }

    @Test
    void aVolunteerTakesNoCrisisShiftAndAnUnknownNameIsRefused() {
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.CRISIS, tomorrow, time("09:00"), time("13:00"), false),
                ShiftRejected.Field.TIER, "chat.rota.error.tier-not-allowed");
        assertRejected(new ShiftRequest("editor", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("13:00"), false),
                ShiftRejected.Field.RESPONDER, "chat.rota.error.responder-unknown");
        assertRejected(new ShiftRequest(" ", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("13:00"), false),
                ShiftRejected.Field.RESPONDER, "chat.rota.error.responder-missing");
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, null, time("09:00"), time("13:00"), false),
                ShiftRejected.Field.DATE, "chat.rota.error.date-missing");
        assertRejected(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow.minusDays(2), time("09:00"),
                time("13:00"), false), ShiftRejected.Field.DATE, "chat.rota.error.past");
        assertThat(rota.responders()).extracting(RotaMember::username).contains("volunteer", "crisis")
                .doesNotContain("editor", "coordinator");
    }

    @Test
    void theWeekShowsShiftsFromMondayToSundayIncludingANightShiftThatRunsIntoIt() {
        LocalDate monday = tomorrow.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Shift sundayNight = rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, monday.minusDays(1), time("22:00"),
                time("06:00"), true));
        Shift sundayNightVolunteer = rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, monday.minusDays(1),
                time("18:00"), time("23:00"), false));
        Shift sunday = rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, monday.plusDays(6), time("18:00"),
                time("23:00"), false));
        Shift nextMonday = rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, monday.plusDays(7),
                time("00:00"), time("04:00"), false));

        assertThat(rota.week(monday.plusDays(3))).containsExactly(sundayNight, sunday);
        assertThat(rota.week(monday.minusDays(1))).contains(sundayNight, sundayNightVolunteer).doesNotContain(sunday);
        assertThat(rota.week(monday.plusDays(7))).contains(nextMonday);
    }

    @Test
    void aNightShiftAcrossTheChangeToSummerTimeIsAnHourShorter() {
        LocalDate saturday = LocalDate.of(tomorrow.getYear() + 1, Month.MARCH, 31)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
        Shift night = rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, saturday, time("22:00"), time("07:00"), true));
        assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aRemovedShiftIsNoLongerOnDuty() {
        Shift shift = rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("13:00"), false));
        rota.add(new ShiftRequest("crisis", Shift.Tier.CRISIS, tomorrow, time("09:00"), time("13:00"), false));
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "10:00"))).isTrue();
        assertThat(rota.remove(shift.id())).isTrue();
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "10:00"))).isFalse();
        assertThat(rota.remove(shift.id())).as("already gone").isFalse();
    }

    @Test
    void theEngineAsksWithoutASignedInUser() {
        rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"), time("13:00"), false));
        SecurityContextHolder.clearContext();
        assertThat(rota.isOnDuty("volunteer", at(tomorrow, "12:00"))).isTrue();
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerCannotChangeOrReadTheRota() {
        assertThatThrownBy(() -> rota.add(new ShiftRequest("volunteer", Shift.Tier.VOLUNTEER, tomorrow, time("09:00"),
                time("13:00"), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rota.week(tomorrow)).isInstanceOf(AccessDeniedException.class);
    }

    private ShiftRejected assertRejected(ShiftRequest request, ShiftRejected.Field field, String key) {
        try {
            rota.add(request);
        } catch (ShiftRejected rejected) {
            assertThat(rejected.field()).as(key).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
            return rejected;
        }
        throw new AssertionError("Expected the rota to refuse " + request + " with " + key);
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static Instant at(LocalDate date, String time) {
        return LocalDateTime.of(date, time(time)).atZone(ChatRota.ZONE).toInstant();
    }
}
