package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wegwijs.chat.ChatRota;
import nl.wegwijs.chat.ChatStatistics;
import nl.wegwijs.chat.ConversationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator plans the listening ear's rota, night shifts included, and reads its figures. */
class ChatCoordinatorIT extends BrowserTest {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl", "NL"));
    private static final DateTimeFormatter DUTCH_DAY_SHORT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.of("nl", "NL"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatStatistics statistics;

    private final LocalDate tomorrow = LocalDate.now(ChatRota.ZONE).plusDays(1);

    @BeforeEach
    void emptyRotaAndFigures() {
        jdbc.update("DELETE FROM chat_shift");
        jdbc.update("DELETE FROM chat_summary");
    }

    @Test
    void coordinatorAddsANightShiftSeesItInTheWeekAndRemovesIt() {
        ChatRotaPage rota = signedIn().open("nl");
        assertThat(rota.onDutyNow()).containsText("Er is nu niemand in dienst");

        rota.chooseResponder("Demo crisis").tick("Crisisdienst").type("Datum", tomorrow.format(DUTCH_DATE))
                .type("Begintijd", "22:00").type("Eindtijd", "07:00").tick("De dienst eindigt de volgende dag (nachtdienst)");
        rota.add();

        assertThat(rota.status()).containsText("De dienst is toegevoegd: Demo crisis, " + tomorrow.format(DUTCH_DAY));
        assertThat(rota.status()).isFocused();
        assertThat(rota.day(tomorrow.format(DUTCH_DAY)).locator(".rota-shift")).containsText(
                "22:00 – " + tomorrow.plusDays(1).format(DUTCH_DAY_SHORT) + " 07:00");
        assertThat(rota.day(tomorrow.format(DUTCH_DAY)).locator(".rota-shift")).containsText("Demo crisis");

        rota.remove("Dienst van Demo crisis verwijderen: " + tomorrow.format(DUTCH_DAY) + ", 22:00 – "
                + tomorrow.plusDays(1).format(DUTCH_DAY_SHORT) + " 07:00");
        assertThat(rota.dialog()).containsText("Weet u zeker dat u deze dienst wilt verwijderen?");
        rota.dialog().getByText("Ja, verwijderen").click();
        assertThat(rota.status()).containsText("De dienst is verwijderd: Demo crisis");
        assertThat(rota.shifts()).hasCount(0);
    }

    @Test
    void anEndTimeBeforeTheStartIsExplainedAndEverythingTypedStays() {
        ChatRotaPage rota = signedIn().open("nl");
        rota.chooseResponder("Demo volunteer").type("Datum", tomorrow.format(DUTCH_DATE))
                .type("Begintijd", "22:00").type("Eindtijd", "07:00");
        rota.add();

        assertThat(rota.fieldWithError("vaadin-time-picker", "Eindtijd")).hasAttribute("invalid", "");
        assertThat(rota.fieldWithError("vaadin-time-picker", "Eindtijd")).containsText(
                "De eindtijd moet later zijn dan de begintijd. Loopt de dienst door na middernacht?");
        assertThat(rota.field("Eindtijd")).isFocused();
        assertThat(rota.field("Datum")).hasValue(tomorrow.format(DUTCH_DATE));
        assertThat(rota.field("Begintijd")).hasValue("22:00");
        assertThat(rota.field("Eindtijd")).hasValue("07:00");
        assertThat(rota.page.locator("main .rota-form vaadin-select")).containsText("Demo volunteer");
        assertThat(rota.shifts()).hasCount(0);

        rota.tick("De dienst eindigt de volgende dag (nachtdienst)");
        rota.add();
        assertThat(rota.status()).containsText("De dienst is toegevoegd: Demo volunteer");
        assertThat(rota.fieldWithError("vaadin-time-picker", "Eindtijd")).not().hasAttribute("invalid", "");
        assertThat(rota.shifts()).hasCount(1);
    }

    @Test
    void theFiguresPageShowsTheLastThirtyDays() {
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        int hour = twoDaysAgo.atZone(ChatRota.ZONE).getHour();
        statistics.record(new ConversationSummary(twoDaysAgo, hour, 30L, 600, "VOLUNTEER", "listened", false, false));
        statistics.record(new ConversationSummary(twoDaysAgo, hour, 90L, 1500, "CRISIS", "crisis", true, true));
        statistics.record(new ConversationSummary(twoDaysAgo, hour, null, 400, "VOLUNTEER", null, false, false));
        statistics.record(new ConversationSummary(Instant.now().minus(Duration.ofDays(40)), 3, 5L, 60, "VOLUNTEER",
                "listened", false, false));

        new LoginPage(page).open().signIn("coordinator", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        ChatFiguresPage figures = new ChatFiguresPage(page).open("nl");
        assertThat(figures.row("Overzicht", "Gesprekken")).containsText("3");
        assertThat(figures.row("Overzicht", "Niet beantwoord")).containsText("1 (33 %)");
        assertThat(figures.row("Overzicht", "Wachttijd: de helft")).containsText("30 sec.");
        assertThat(figures.row("Overzicht", "Wachttijd: 9 van de 10")).containsText("1 min. 30 sec.");
        assertThat(figures.row("Overzicht", "Doorgezet naar de crisisdienst")).containsText("1");
        String hourRange = "%02d:00–%02d:00".formatted(hour, (hour + 1) % 24);
        assertThat(figures.row("Gesprekken per uur van de dag", hourRange).locator("td").first()).hasText("3");
        assertThat(figures.row("Hoe liepen de gesprekken af?", "Crisis")).containsText("1");

        String from = LocalDate.now(ChatRota.ZONE).format(DUTCH_DATE);
        String to = LocalDate.now(ChatRota.ZONE).minusDays(1).format(DUTCH_DATE);
        figures.field("Van").fill(from);
        figures.field("Van").press("Enter");
        figures.field("Tot en met").fill(to);
        figures.field("Tot en met").press("Enter");
        figures.show();
        assertThat(page.locator("main vaadin-date-picker[invalid]")).containsText(
                "De einddatum moet op of na de begindatum liggen.");
        assertThat(figures.field("Van")).hasValue(from);
        assertThat(figures.field("Tot en met")).hasValue(to);
    }

    @Test
    void bothPagesAreAccessibleInDutchAndEnglishOnAPhoneAndADesktop() {
        statistics.record(new ConversationSummary(Instant.now().minus(Duration.ofHours(5)), 10, 45L, 900, "VOLUNTEER",
                "referred", false, false));
        ChatRotaPage rota = signedIn().open("nl");
        rota.chooseResponder("Demo volunteer").type("Datum", tomorrow.format(DUTCH_DATE))
                .type("Begintijd", "09:00").type("Eindtijd", "13:00");
        rota.add();
        assertThat(rota.shifts()).hasCount(1);
        for (String language : new String[] {"nl", "en"}) {
            for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
                if (!checkedStaffScreen(language, width)) {
                    continue;
                }
                page.setViewportSize(width, 900);
                for (String path : new String[] {ChatRotaPage.PATH, ChatFiguresPage.PATH}) {
                    PortalPage coordinatorPage = portal().open(path + "?lang=" + language);
                    assertThat(coordinatorPage.main().locator("table, .rota-form").first()).isVisible();
                    coordinatorPage.assertAllTextsTranslated();
                    coordinatorPage.assertAccessible();
                    assertNoHorizontalScrolling();
                }
            }
        }
        page.setViewportSize(320, 900);
        new ChatRotaPage(page).open("nl");
        assertNoHorizontalScrolling();
        new ChatFiguresPage(page).open("nl");
        assertNoHorizontalScrolling();
    }

    private ChatRotaPage signedIn() {
        new LoginPage(page).open().signIn("coordinator", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return new ChatRotaPage(page);
    }

    private void assertNoHorizontalScrolling() {
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no horizontal scrolling on %s at %spx",
                        page.url(), page.viewportSize().width).isEqualTo(true);
    }
}
