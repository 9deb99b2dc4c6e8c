package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.FiledMelding;
import nl.wegwijs.applications.MeldingDrafts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A consultant takes a melding (filed through the service as the resident) from the worklist to
 * the decision letter, with axe at every stage; two consultants at once get a conflict, not an overwrite.
 */
class CaseworkJourneyIT extends BrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MeldingDrafts drafts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsultantTakesACaseFromTheWorklistToTheDecisionLetter() throws IOException {
        CaseReference reference = FiledMelding.byResident(drafts);
        signInAsConsultant(page);
        CaseworkPage work = new CaseworkPage(page).openWorklist("nl");
        assertThat(work.row(reference)).containsText("Melding ontvangen");
        assertThat(work.row(reference)).containsText("Nog niemand");
        assertThat(work.row(reference)).containsText("werkdagen");
        work.assertAllTextsTranslated();
        work.assertAccessible();

        work.claim(reference);
        assertThat(work.status()).hasText("U behandelt nu zaak " + reference.value() + ".");
        assertThat(work.row(reference).locator("td").nth(4)).hasText("U");
        work.followCase(reference);
        assertThat(work.heading()).hasText("Zaak " + reference.value());
        assertThat(work.fact("difficulties")).containsText("Ik kan niet meer stofzuigen");
        work.assertAllTextsTranslated();
        work.assertAccessible();

        work.press("Bericht versturen");
        assertThat(work.errorSummary()).containsText("Schrijf een bericht.");
        work.fill("Bericht aan de inwoner", "Ik bel u deze week om een afspraak te maken.").press("Bericht versturen");
        assertThat(page.locator("main .case-message")).containsText("Ik bel u deze week om een afspraak te maken.");
        assertThat(work.field("Bericht aan de inwoner")).hasValue("");

        work.type("Datum van het gesprek", dutch(LocalDate.now(ZONE).plusDays(7))).type("Tijd", "14:30")
                .press("Gesprek opslaan");
        assertThat(work.errorSummary()).containsText("Plaats: Vul dit in.");
        assertThat(work.field("Datum van het gesprek")).hasValue(dutch(LocalDate.now(ZONE).plusDays(7)));
        work.assertAccessible();
        work.fill("Plaats", "Bij mevrouw thuis").press("Gesprek opslaan");
        assertThat(work.notice()).hasText("Opgeslagen.");
        assertThat(work.fact("conversation")).containsText("Bij mevrouw thuis");
        assertThat(work.fact("attendees")).containsText(FiledMelding.CARER_NAME);
        assertThat(work.fact("attendees")).containsText("De mantelzorger is uitgenodigd.");

        work.fill("Verslag", "Mevrouw kan het huishouden niet meer zelf doen. Haar dochter helpt op zaterdag.")
                .press("Verslag opslaan");
        assertThat(work.fact("report")).containsText("Haar dochter helpt op zaterdag.");
        assertThat(work.fact("report-response")).hasText("Nog geen reactie.");

        work.press("Aanvraag vastleggen");
        assertThat(work.fact("aanvraag")).hasText(dutchLong(LocalDate.now(ZONE)));
        assertThat(work.fact("decision-due")).isVisible();

        work.press("Besluit vastleggen");
        assertThat(work.errorSummary()).containsText("Kies een besluit.");
        work.assertAccessible();
        work.choose("Toegekend").choose("Hulp in het huishouden").choose("Zorg in natura")
                .fill("Waarom dit besluit", "U kunt het huishouden niet meer zelf doen.").press("Besluit vastleggen");
        assertThat(work.fact("decision")).containsText("Toegekend: Hulp in het huishouden, Zorg in natura");
        assertThat(page.locator("main .case-timeline li")).hasCount(5);
        work.assertAllTextsTranslated();
        work.assertAccessible();

        try (var pdf = Loader.loadPDF(work.downloadLetter())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(reference.value(), "Hulp in het huishouden", "bezwaar maken",
                    "binnen 6 weken", "U kunt het huishouden niet meer zelf doen.");
        }
        work.openWorklist("nl");
        assertThat(work.row(reference)).hasCount(0);
    }

    @Test
    void twoConsultantsEditingTheSameCaseSeeAConflictInsteadOfOverwriting() {
        CaseReference reference = FiledMelding.byResident(drafts);
        signInAsConsultant(page);
        CaseworkPage first = new CaseworkPage(page).openCase(reference);

        try (var otherContext = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(DESKTOP_WIDTH, 900).setLocale("nl-NL"))) {
            otherContext.setDefaultTimeout(15_000);
            Page otherPage = otherContext.newPage();
            signInAsConsultant(otherPage);
            CaseworkPage second = new CaseworkPage(otherPage).openCase(reference);

            String day = dutch(LocalDate.now(ZONE).plusDays(3));
            first.type("Datum van het gesprek", day).type("Tijd", "10:00").fill("Plaats", "Gemeentehuis")
                    .press("Gesprek opslaan");
            assertThat(first.notice()).hasText("Opgeslagen.");

            second.type("Datum van het gesprek", day).type("Tijd", "11:00").fill("Plaats", "Bij mevrouw thuis")
                    .press("Gesprek opslaan");
            assertThat(second.notice()).containsText("Iemand anders heeft deze zaak net gewijzigd.");
            assertThat(second.notice()).hasAttribute("role", "alert");
            assertThat(second.fact("conversation")).containsText("Gemeentehuis");
            assertThat(second.field("Plaats")).hasValue("Bij mevrouw thuis");
            assertThat(second.field("Tijd")).hasValue("11:00");
            second.assertAccessible();
        }
        assertThat(jdbc.queryForObject("select conversation_place from wmo_case where reference = ?", String.class,
                reference.value())).isEqualTo("Gemeentehuis");
    }

    @Test
    void aCaseThatDoesNotExistIsNotFoundAndOtherRolesMayNotOpenTheWorklist() {
        signInAsConsultant(page);
        var response = page.navigate("behandelen/WMO-1999-999999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main h1")).hasText("Deze pagina bestaat niet");
        response = page.navigate("behandelen/geen-zaaknummer");
        assertThat(response.status()).isEqualTo(404);
        page.locator("header .sign-out").click();
        assertThat(page.locator("header .sign-in")).isVisible();

        new LoginPage(page).open().signIn("resident", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        response = page.navigate("behandelen");
        assertThat(response.status()).isLessThan(500);
        assertThat(page.locator("main .worklist")).hasCount(0);
    }

    private static void signInAsConsultant(Page browserPage) {
        new LoginPage(browserPage).open().signIn("consultant", "demo");
        assertThat(browserPage.locator("header .sign-out")).isVisible();
    }

    private static String dutch(LocalDate day) {
        return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }

    private static String dutchLong(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl")).format(day);
    }
}
