package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.applications.CaseReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole Wmo procedure end to end, with a real SMTP server: a resident files a melding in the
 * wizard and chooses e-mail, a consultant plans the conversation, writes the report, records the
 * aanvraag and the decision; the resident confirms the report, sees every step on their timeline
 * and downloads the decision letter; and an e-mail with only a link arrives for every step.
 */
@TestPropertySource(properties = {"wegwijs.data-dir=target/test-data-application-lifecycle",
        "wegwijs.applications.portal-address=https://wegwijs.test/"})
class ApplicationLifecycleIT extends BrowserTest {

    static final String ADDRESS = "resident@voorbeeld.nl";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noUnfinishedMeldings() {
        UnfinishedMeldings.forget(jdbc);
    }

    @Test
    void fromMeldingToBeschikkingWithAMailForEveryStep() throws Exception {
        MeldingPage wizard = new MeldingPage(page).signIn("resident").openWizard();
        wizard.atStep(1).next().atStep(2);
        wizard.fillDifficulties("De was en het stofzuigen lukken niet meer.").next().atStep(3);
        wizard.fillOwnSolutions("Ik kook zelf.", "Mijn buurman doet de boodschappen.").next().atStep(4);
        wizard.choose("hascarer", 1).next().atStep(5);
        wizard.fillContact("7941 AB", "12", "06 12345678");
        wizard.choose("notifyby", 0);
        wizard.textField("email").fill(ADDRESS);
        wizard.next().atStep(6).choose("urgency", 0).next().atStep(7).next().atStep(8);
        var reference = new CaseReference(wizard.submit());
        List<String> steps = new ArrayList<>(List.of("melding"));
        expectMails(reference, steps);

        try (var consultantBrowser = otherBrowser()) {
            var consultantPage = consultantBrowser.newPage();
            new LoginPage(consultantPage).open().signIn("consultant", "demo");
            assertThat(consultantPage.locator("header .sign-out")).isVisible();
            var work = new CaseworkPage(consultantPage).openWorklist("nl");
            work.claim(reference);
            work.followCase(reference);

            LocalDate day = LocalDate.now(ZONE).plusDays(7);
            work.type("Datum van het gesprek", day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear())
                    .type("Tijd", "10:00").fill("Plaats", "Bij u thuis").press("Gesprek opslaan");
            assertThat(work.fact("conversation")).containsText("Bij u thuis");
            steps.add("gesprek");
            expectMails(reference, steps);

            work.fill("Verslag", "De was en het stofzuigen lukken niet meer. De buurman helpt met boodschappen.")
                    .press("Verslag opslaan");
            assertThat(work.fact("report")).containsText("De buurman helpt met boodschappen.");
            steps.add("verslag");
            expectMails(reference, steps);

            var resident = new MyCasesPages(page).go("mijn/aanvragen").openCase(reference.value());
            assertThat(resident.report()).containsText("De buurman helpt met boodschappen.");
            resident.choose("Klopt");
            resident.press("Verstuur mijn reactie");
            assertThat(resident.notice()).containsText("U hebt laten weten dat het verslag klopt.");

            work.openCase(reference);
            assertThat(work.fact("report-response")).not().hasText("Nog geen reactie.");
            work.press("Aanvraag vastleggen");
            assertThat(work.fact("aanvraag")).isVisible();
            steps.add("aanvraag");
            expectMails(reference, steps);

            work.choose("Toegekend").choose("Hulp in het huishouden").choose("Zorg in natura")
                    .fill("Waarom dit besluit", "U kunt de was en het stofzuigen niet meer zelf doen.")
                    .press("Besluit vastleggen");
            assertThat(work.fact("decision")).containsText("Toegekend");
            steps.add("besluit");
            expectMails(reference, steps);
        }

        var resident = new MyCasesPages(page).go("mijn/aanvragen").openCase(reference.value());
        for (String step : List.of("Melding ontvangen", "Gesprek gepland", "Verslag klaar", "Aanvraag ontvangen")) {
            assertThat(resident.timeline()).containsText(step + " (klaar)");
        }
        assertThat(resident.currentStep()).containsText("Besluit genomen (hier bent u nu)");
        resident.assertAccessible();
        var letter = resident.download("Brief met het besluit");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(letter.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(reference.value(), "Hulp in het huishouden", "bezwaar");
        }

        for (MimeMessage mail : mailsFor(reference)) {
            String body = mail.getContent().toString();
            assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly(ADDRESS);
            assertThat(body).contains("https://wegwijs.test/mijn/aanvragen/" + reference.value());
            assertThat(body + mail.getSubject()).doesNotContain("999990019", "Demo resident", "stofzuigen",
                    "buurman", "7941");
        }
    }

    /** Every step so far has its own mail for this case, and no more than that. */
    private static void expectMails(CaseReference reference, List<String> steps) throws Exception {
        smtp.waitForIncomingEmail(15_000, smtp.getReceivedMessages().length + 1);
        long deadline = System.currentTimeMillis() + 15_000;
        while (mailsFor(reference).size() < steps.size() && System.currentTimeMillis() < deadline) {
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
        }
        assertThat(mailsFor(reference)).as("mails after: %s", steps).hasSize(steps.size());
    }

    private static List<MimeMessage> mailsFor(CaseReference reference) throws Exception {
        var result = new ArrayList<MimeMessage>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getContent().toString().contains(reference.value())) {
                result.add(message);
            }
        }
        return result;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
