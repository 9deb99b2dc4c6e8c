package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.wegwijs.accounts.ConsentRequest;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.Representations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Filing a melding in a real Chromium: a resident who closes the browser halfway and continues at
 * the same step, a carer for a parent, the front desk for a walk-in, and axe on every screen.
 */
class MeldingJourneyIT extends BrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Representations representations;

    @BeforeEach
    void noUnfinishedMeldings() {
        UnfinishedMeldings.forget(jdbc);
        jdbc.update("DELETE FROM representation WHERE id NOT IN (SELECT representation_id FROM counter_session)");
    }

    @AfterEach
    void noCounterSessionLeftOpen() {
        jdbc.update("update representation set status = 'ENDED', ended_at = now() where id in"
                + " (select representation_id from counter_session where ended_at is null)");
        jdbc.update("update counter_session set ended_at = now(), end_reason = 'BY_EMPLOYEE' where ended_at is null");
    }

    @Test
    void aResidentClosesTheBrowserAtStepFourAndContinuesThereWithEverythingIntact() throws IOException {
        MeldingPage wizard = new MeldingPage(page).signIn("resident");
        wizard.open("aanvragen");
        page.locator("main a.melding-start").click();
        wizard.atStep(1);
        wizard.next().atStep(2);

        wizard.next();
        assertThat(wizard.errorSummary()).containsText("Schrijf bij minstens 1 onderwerp wat niet goed lukt");
        wizard.atStep(2);
        wizard.fillDifficulties("Stofzuigen en de was lukken niet meer.").next().atStep(3);
        wizard.fillOwnSolutions("Ik kook zelf, met een kruk.", "Mijn zoon doet de boodschappen.").next().atStep(4);
        assertThat(wizard.stepTitle()).hasText("Mantelzorg");

        Browser browser = page.context().browser();
        page.context().close();
        BrowserContext later = otherBrowser(browser);
        try {
            MeldingPage again = new MeldingPage(later.newPage()).signIn("resident").openWizard();
            again.atStep(4);
            again.back().atStep(3);
            assertThat(again.textArea("ownstrength")).hasValue("Ik kook zelf, met een kruk.");
            assertThat(again.textArea("network")).hasValue("Mijn zoon doet de boodschappen.");
            again.back().atStep(2);
            assertThat(again.textArea("difficulties-household")).hasValue("Stofzuigen en de was lukken niet meer.");
            again.next().atStep(3).next().atStep(4);

            again.choose("hascarer", 1).next().atStep(5);
            again.fillContact("7941 AB", "12", "06 1234").next();
            assertThat(again.errorSummary()).containsText("Vul een telefoonnummer in zoals 06 12345678");
            assertThat(again.textField("postcode")).hasValue("7941 AB");
            again.textField("phone").fill("06 12345678");
            again.next().atStep(6).choose("urgency", 0).next().atStep(7);

            again.upload("documents", "programma.pdf", "application/pdf",
                    "MZ this is not a pdf".getBytes(StandardCharsets.US_ASCII));
            assertThat(again.uploadRefusal()).containsText("programma.pdf is niet toegevoegd: dit is geen PDF, JPG of PNG.");
            again.upload("documents", "brief-dokter.pdf", "application/pdf", PDF);
            assertThat(again.documents()).containsText("brief-dokter.pdf");
            again.next().atStep(8);
            assertThat(again.check()).containsText("Stofzuigen en de was lukken niet meer.");
            assertThat(again.check()).containsText("Mijn zoon doet de boodschappen.");
            assertThat(again.check()).containsText("brief-dokter.pdf");

            String reference = again.submit();
            assertThat(reference).matches("WMO-\\d{4}-\\d{6}");
            assertThat(again.confirmation()).containsText("Het onderzoek is uiterlijk");
            assertThat(again.confirmation()).containsText("cliëntondersteuner");
            assertThat(casesFiledBy(reference)).isEqualTo("SELF");
            try (var pdf = Loader.loadPDF(again.downloadReceipt())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                        .contains(reference, "Bevestiging van uw melding");
            }
        } finally {
            later.close();
        }
    }

    @Test
    void aCarerFilesForAParentUnderARepresentation() {
        RepresentationSummary asked = as("carer", () -> representations.request(new ConsentRequest("999990019",
                "Moeder Visser", RepresentationBasis.INFORMAL_CARER, Set.of(Matter.APPLICATIONS), null, null)));
        as("resident", () -> representations.confirm(asked.id()));

        MeldingPage wizard = new MeldingPage(page).signIn("carer").openWizard().atStep(1);
        wizard.next();
        assertThat(wizard.errorSummary()).containsText("Kies voor wie de melding is");
        wizard.chooseFor("Moeder Visser").next().atStep(2);
        fillTheRest(wizard);
        String reference = wizard.submit();
        assertThat(wizard.confirmation()).containsText("De melding voor Moeder Visser is ontvangen");
        assertThat(casesFiledBy(reference)).isEqualTo("REPRESENTATIVE");
        assertThat(jdbc.queryForObject("select subject_bsn from wmo_case where reference = ?", String.class, reference))
                .isEqualTo("999990019");

        // A front-desk employee without a counter session for the parent gets no confirmation of theirs.
        BrowserContext stranger = otherBrowser(page.context().browser());
        try {
            MeldingPage other = new MeldingPage(stranger.newPage()).signIn("frontdesk");
            other.page.navigate("aanvragen/bevestiging/" + reference);
            other.waitUntilRendered();
            assertThat(other.page.locator("main .melding-reference")).hasCount(0);
            assertThat(other.main()).not().containsText(reference);
        } finally {
            stranger.close();
        }

        wizard.open(MeldingPage.PATH + "?voor=" + asked.id().value());
        wizard.atStep(2);
        assertThat(jdbc.queryForObject("select count(*) from melding_draft d join account a on a.id = d.author_id"
                + " where a.username = 'carer' and d.subject_bsn = '999990019' and d.submitted_case is null",
                Integer.class)).as("the deep link opened a new draft for the parent").isEqualTo(1);
    }

    @Test
    void theFrontDeskFilesForAWalkInAndHandsOverTheReceipt() throws IOException {
        new LoginPage(page).open().signIn("frontdesk", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        CounterPage counter = new CounterPage(page).openCounter("nl");
        counter.fill("999990123", "Wim de Wit", 0, "KX12", true).start();
        assertThat(counter.helping()).isVisible();

        MeldingPage wizard = new MeldingPage(page).openWizard().atStep(1);
        wizard.next().atStep(2);
        fillTheRest(wizard);
        String reference = wizard.submit();
        assertThat(wizard.confirmation()).containsText("De melding voor Wim de Wit is ontvangen");
        assertThat(casesFiledBy(reference)).isEqualTo("COUNTER");
        try (var pdf = Loader.loadPDF(wizard.downloadReceipt())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(reference, "Wim de Wit").doesNotContain("999990123");
        }
    }

    @Test
    void twoTabsNeverOverwriteEachOtherSilently() {
        MeldingPage first = new MeldingPage(page).signIn("resident").openWizard().atStep(1);
        first.next().atStep(2);
        MeldingPage second = new MeldingPage(page.context().newPage()).openWizard().atStep(2);

        first.fillDifficulties("Uit het eerste tabblad.").next().atStep(3);
        second.fillDifficulties("Uit het tweede tabblad.").next();

        assertThat(second.notice()).containsText("ergens anders bewaard");
        second.atStep(2);
        assertThat(second.textArea("difficulties-household")).hasValue("Uit het tweede tabblad.");
        assertThat(answersOfTheDraft()).contains("Uit het eerste tabblad.").doesNotContain("tweede");

        second.next().atStep(3);
        assertThat(answersOfTheDraft()).contains("Uit het tweede tabblad.");
    }

    @ParameterizedTest(name = "at {0}px")
    @ValueSource(ints = PHONE_WIDTH)
    void everyStepTheCheckPageAndTheConfirmationPassAxe(int width) {
        page.setViewportSize(width, 900);
        MeldingPage wizard = new MeldingPage(page).signIn("resident").openWizard().atStep(1);
        wizard.assertAllTextsTranslated();
        wizard.assertAccessible();
        wizard.next().atStep(2).next();
        assertThat(wizard.errorSummary()).isVisible();
        wizard.assertAccessible();
        wizard.fillDifficulties("Koken lukt niet meer.").next().atStep(3);
        wizard.assertAccessible();
        wizard.next().atStep(4);
        wizard.assertAccessible();
        wizard.choose("hascarer", 0);
        assertThat(wizard.textField("carername")).isVisible();
        wizard.assertAccessible();
        wizard.choose("hascarer", 1).next().atStep(5);
        wizard.assertAccessible();
        wizard.fillContact("7941 AB", "12", "06 12345678").next().atStep(6);
        wizard.assertAccessible();
        wizard.choose("urgency", 1).next().atStep(7);
        wizard.assertAllTextsTranslated();
        wizard.assertAccessible();
        wizard.next().atStep(8);
        wizard.assertAllTextsTranslated();
        wizard.assertAccessible();
        wizard.submit();
        wizard.assertAllTextsTranslated();
        wizard.assertAccessible();
    }

    private static void fillTheRest(MeldingPage wizard) {
        wizard.fillDifficulties("Wassen en aankleden lukt niet alleen.").next().atStep(3);
        wizard.next().atStep(4).choose("hascarer", 1).next().atStep(5);
        wizard.fillContact("7941 AB", "3", "06 98765432").next().atStep(6);
        wizard.choose("urgency", 2).next().atStep(7).next().atStep(8);
    }

    private String answersOfTheDraft() {
        return jdbc.queryForObject("select d.answers from melding_draft d join account a on a.id = d.author_id"
                + " where a.username = 'resident' and d.submitted_case is null", String.class);
    }

    private String casesFiledBy(String reference) {
        return jdbc.queryForObject("select filed_by from wmo_case where reference = ?", String.class, reference);
    }

    private BrowserContext otherBrowser(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(DESKTOP_WIDTH, 900).setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static <T> T as(String username, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
