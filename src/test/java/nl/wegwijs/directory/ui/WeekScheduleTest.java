package nl.wegwijs.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.shared.ui.Translations;
import org.junit.jupiter.api.Test;

class WeekScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Translations TRANSLATIONS = new Translations();
    private static final Function<String, String> DUTCH = key -> TRANSLATIONS.getTranslation(key, Translations.DUTCH);
    private static final Function<String, String> ENGLISH = key -> TRANSLATIONS.getTranslation(key, Translations.ENGLISH);

    @Test
    void joinsMorningAndAfternoonOfTheSameDayAndCallsOtherDaysClosed() {
        WeekSchedule week = WeekSchedule.of(List.of(
                weekly("MO,TU,WE,TH,FR", "13:00", "17:00", "Middag"),
                weekly("MO,WE", "09:00", "12:00", "Middag")), TODAY);

        assertThat(lines(week, DUTCH, Translations.DUTCH)).containsExactly(
                "maandag 09:00–12:00 en 13:00–17:00",
                "dinsdag 13:00–17:00",
                "woensdag 09:00–12:00 en 13:00–17:00",
                "donderdag 13:00–17:00",
                "vrijdag 13:00–17:00",
                "zaterdag gesloten",
                "zondag gesloten");
        assertThat(week.notes()).containsExactly("Middag");
        assertThat(week.isEmpty()).isFalse();
    }

    @Test
    void showsEveningAndWeekendHoursAndNamesTheKindWhenAServiceHasSeveral() {
        WeekSchedule week = WeekSchedule.of(List.of(
                weekly("MO,TH", "09:00", "12:00", "Telefonisch spreekuur"),
                weekly("TU", "19:00", "21:00", "Avondspreekuur op kantoor"),
                weekly("SA", "10:00", "13:00", "Avondspreekuur op kantoor")), TODAY);

        List<String> lines = lines(week, DUTCH, Translations.DUTCH);
        assertThat(lines.get(0)).isEqualTo("maandag 09:00–12:00 (Telefonisch spreekuur)");
        assertThat(lines.get(1)).isEqualTo("dinsdag 19:00–21:00 (Avondspreekuur op kantoor)");
        assertThat(lines.get(5)).isEqualTo("zaterdag 10:00–13:00 (Avondspreekuur op kantoor)");
        assertThat(week.notes()).isEmpty();
    }

    @Test
    void readsAllDayAsDayAndNightAndMarksEveryOtherWeekInEnglishToo() {
        Hsds.Schedule fortnightly = schedule("WEEKLY", 2, "WE", "14:00", "16:30", "Om de week", null, null);
        WeekSchedule week = WeekSchedule.of(List.of(
                weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", null), fortnightly), TODAY);

        List<String> english = lines(week, ENGLISH, Locale.ENGLISH);
        assertThat(english.get(0)).isEqualTo("Monday open day and night");
        assertThat(english.get(2)).isEqualTo("Wednesday open day and night and 14:00–16:30 (every other week)");
        assertThat(week.notes()).containsExactly("Om de week");
        assertThat(lines(week, DUTCH, Translations.DUTCH).get(6)).isEqualTo("zondag dag en nacht open");
    }

    @Test
    void leavesOutExpiredAndFutureSchedulesAndKeepsOtherKindsAsNotes() {
        WeekSchedule week = WeekSchedule.of(List.of(
                schedule("WEEKLY", null, "MO", "09:00", "12:00", "Oud", null, TODAY.minusDays(1)),
                schedule("WEEKLY", null, "TU", "09:00", "12:00", "Straks", TODAY.plusDays(1), null),
                schedule("WEEKLY", null, "WE", "09:00", "12:00", "Nu", TODAY, TODAY),
                schedule("MONTHLY", null, null, "10:00", "12:00", "Elke eerste zaterdag van de maand", null, null),
                weekly("FR", "9 uur", "12:00", "Kapotte tijd")), TODAY);

        List<String> lines = lines(week, DUTCH, Translations.DUTCH);
        assertThat(lines.get(0)).isEqualTo("maandag gesloten");
        assertThat(lines.get(1)).isEqualTo("dinsdag gesloten");
        assertThat(lines.get(2)).isEqualTo("woensdag 09:00–12:00");
        assertThat(lines.get(4)).isEqualTo("vrijdag gesloten");
        assertThat(week.notes()).containsExactly("Nu", "Elke eerste zaterdag van de maand", "Kapotte tijd");
    }

    @Test
    void knowsWhenThereAreNoWeeklyHoursAtAll() {
        assertThat(WeekSchedule.of(null, TODAY).isEmpty()).isTrue();
        assertThat(WeekSchedule.of(List.of(weekly("XX", "09:00", "12:00", null)), TODAY).isEmpty()).isTrue();
        assertThat(WeekSchedule.of(List.of(weekly("mo", "09:00", "12:00", null)), TODAY).days().getFirst().day())
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(WeekSchedule.of(List.of(weekly("mo", "09:00", "12:00", null)), TODAY).isEmpty()).isFalse();
    }

    @Test
    void showsHoursPastMidnightOnTheDayTheyStart() {
        WeekSchedule week = WeekSchedule.of(List.of(weekly("FR", "22:00", "02:00", null)), TODAY);
        assertThat(lines(week, DUTCH, Translations.DUTCH).get(4)).isEqualTo("vrijdag 22:00–02:00");
    }

    private static List<String> lines(WeekSchedule week, Function<String, String> text, Locale locale) {
        return week.days().stream()
                .map(day -> WeekSchedule.dayName(day.day(), locale) + " " + WeekSchedule.hours(day, text))
                .toList();
    }

    private static Hsds.Schedule weekly(String days, String opens, String closes, String description) {
        return schedule("WEEKLY", null, days, opens, closes, description, null, null);
    }

    private static Hsds.Schedule schedule(String freq, Integer interval, String days, String opens, String closes,
            String description, LocalDate from, LocalDate to) {
        return new Hsds.Schedule("s", "service", from, to, null, "Europe/Amsterdam", null, null, null, freq, interval,
                days, null, null, null, description, opens, closes, null, null, null);
    }
}
