package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.applications.CaseFixture;
import nl.wegwijs.applications.CaseReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The resident follows their case in "Mijn aanvragen": sees the timeline with the current step,
 * answers the report with a comment, sends a message and downloads the decision letter. Both pages
 * pass axe on a phone and a desktop screen.
 */
@Import(CaseFixture.class)
// A context of its own (the fixture): its own search index folder, as Lucene locks the shared one.
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-mycases-it")
class MyCasesIT extends BrowserTest {

    static final Bsn RESIDENT = new Bsn("999990159");

    @Autowired
    CaseFixture fixture;

    @Test
    void theResidentFollowsTheirCaseAnswersTheReportWritesAndDownloadsTheDecision() throws Exception {
        fixture.resident("inwoner-it", RESIDENT.value());
        CaseReference reference = fixture.file("inwoner-it", RESIDENT, null);
        fixture.planConversation(reference);
        fixture.writeReport(reference, "We spraken over het huishouden. Uw dochter helpt met de boodschappen.");

        MyCasesPages resident = new MyCasesPages(page).signIn("inwoner-it").go(MyCasesPages.LIST);
        assertThat(resident.main()).containsText("Aanvraag " + reference.value());
        accessibleOnPhoneAndDesktop(resident);

        resident.openCase(reference.value());
        assertThat(resident.currentStep()).containsText("Verslag klaar (hier bent u nu)");
        assertThat(resident.timeline()).containsText("Melding ontvangen (klaar)");
        assertThat(resident.timeline()).containsText("Besluit genomen (nog niet)");
        assertThat(resident.timeline()).containsText("De gemeente moet het onderzoek uiterlijk op");
        assertThat(resident.report()).containsText("Uw dochter helpt met de boodschappen.");
        accessibleOnPhoneAndDesktop(resident);

        resident.choose("Ik wil iets aanvullen");
        resident.press("Verstuur mijn reactie");
        assertThat(resident.errorSummary(resident.report())).containsText("Schrijf wat u wilt aanvullen.");
        resident.assertAccessible();
        resident.fill("Wat wilt u aanvullen?", "Mijn dochter komt maar één keer per week.");
        fixture.writeReport(reference, "Tweede versie: uw dochter komt één keer per week.");
        resident.press("Verstuur mijn reactie");
        assertThat(resident.errorSummary(resident.report())).containsText("Er is intussen iets veranderd");
        assertThat(resident.report()).containsText("Tweede versie: uw dochter komt één keer per week.");
        assertThat(resident.field("Wat wilt u aanvullen?")).hasValue("Mijn dochter komt maar één keer per week.");
        resident.press("Verstuur mijn reactie");
        assertThat(resident.notice()).hasText("Bedankt. Uw aanvulling is verstuurd.");
        assertThat(resident.report()).containsText("U hebt het verslag aangevuld:");
        assertThat(resident.report()).containsText("Mijn dochter komt maar één keer per week.");

        resident.press("Verstuur bericht");
        assertThat(resident.errorSummary(resident.messages())).containsText("Schrijf eerst een bericht.");
        resident.fill("Uw bericht aan de gemeente", "Kan het gesprek ook op dinsdag?");
        resident.press("Verstuur bericht");
        assertThat(resident.notice()).hasText("Uw bericht is verstuurd.");
        assertThat(resident.messages()).containsText("Kan het gesprek ook op dinsdag?");
        assertThat(resident.messages()).containsText("Demo inwoner-it schreef op");

        fixture.recordAanvraag(reference);
        fixture.decide(reference);
        resident.go(MyCasesPages.LIST + "/" + reference.value());
        assertThat(resident.currentStep()).containsText("Besluit genomen (hier bent u nu)");
        assertThat(resident.main()).containsText("U krijgt de hulp.");
        var letter = resident.download("Brief met het besluit");
        org.assertj.core.api.Assertions.assertThat(letter.suggestedFilename()).isEqualTo("besluit.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readString(letter.path())).startsWith("%PDF");
        resident.assertAllTextsTranslated();
        accessibleOnPhoneAndDesktop(resident);

        resident.switchLanguage();
        assertThat(resident.currentStep()).containsText("Decision made (you are here)");
        resident.assertAllTextsTranslated();
        accessibleOnPhoneAndDesktop(resident);
    }

    @Test
    void theFrontDeskSeesTheLettersForResidentsWhoChosePostAndMarksThemSent() {
        fixture.resident("inwoner-it", RESIDENT.value());
        CaseReference reference = fixture.file("inwoner-it", RESIDENT, null);

        MyCasesPages desk = new MyCasesPages(page).signIn("frontdesk").go("beheer/post");
        assertThat(desk.main()).containsText(reference.value() + ", Demo inwoner-it, 7941 AB 12: Melding ontvangen");
        accessibleOnPhoneAndDesktop(desk);
        desk.press("Brief " + reference.value() + " is verstuurd");
        assertThat(desk.main().locator("[role=status]")).hasText("Brief voor " + reference.value()
                + " staat op verstuurd.");
        assertThat(desk.main()).not().containsText(reference.value() + ", Demo inwoner-it");
    }

    private void accessibleOnPhoneAndDesktop(PortalPage portalPage) {
        page.setViewportSize(PHONE_WIDTH, 800);
        portalPage.assertAccessible();
        page.setViewportSize(DESKTOP_WIDTH, 900);
        portalPage.assertAccessible();
    }
}
