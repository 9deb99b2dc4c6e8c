package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.wegwijs.accounts.ConsentRequest;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.RepresentationRejected;
import nl.wegwijs.accounts.Representations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A carer asks, the resident consents and later withdraws, and the carer's dashboard follows each step. */
class RepresentationJourneyIT extends BrowserTest {

    @Autowired
    Representations representations;

    @Autowired
    JdbcTemplate jdbc;

    /** Other journeys file meldings for the demo resident; this one starts from a resident without any. */
    @BeforeEach
    void theResidentHasNoApplications() {
        String cases = "(SELECT id FROM wmo_case WHERE subject_bsn = '999990019')";
        for (String table : List.of("wmo_notification", "wmo_document", "wmo_case_message", "wmo_case_status")) {
            jdbc.update("DELETE FROM " + table + " WHERE case_id IN " + cases);
        }
        jdbc.update("DELETE FROM wmo_case WHERE subject_bsn = '999990019'");
    }

    @Test
    void carerAsksResidentConsentsAndWithdrawsAndTheDashboardFollows() {
        RepresentationPages carer = new RepresentationPages(page).signIn("carer").go(RepresentationPages.FORM);
        carer.fill("BSN van deze persoon", "9999 90 019").fill("Naam van deze persoon", "Demo resident")
                .choose("Mantelzorger (de persoon geeft zelf toestemming)")
                .choose("Aanvragen: hulp aanvragen en de aanvragen bekijken")
                .choose("Berichten: berichten van en aan de gemeente lezen en sturen");
        carer.press("Verzoek versturen");
        assertThat(carer.sent()).containsText("Uw verzoek is verstuurd");
        assertThat(carer.sent()).containsText("Demo resident moet nu zelf toestemming geven");
        carer.go(RepresentationPages.DASHBOARD);
        assertThat(carer.card("Demo resident")).containsText("Wacht op toestemming");
        assertThat(carer.card("Demo resident")).containsText("******019");
        assertThat(carer.main()).not().containsText("999990019");

        BrowserContext residentContext = otherBrowser();
        try {
            RepresentationPages resident = new RepresentationPages(residentContext.newPage()).signIn("resident")
                    .go(RepresentationPages.MINE);
            assertThat(resident.section("Verzoeken die op u wachten").locator(".rep-card"))
                    .containsText("Demo carer wil zaken voor u regelen");
            resident.press("Toestaan");
            assertThat(resident.dialog()).containsText("Demo carer mag dan voor u regelen: aanvragen, berichten.");
            assertThat(resident.dialog()).containsText("Dit geldt zonder einddatum.");
            resident.answer("Ja, ik geef toestemming");
            assertThat(resident.notice()).hasText("Demo carer mag nu zaken voor u regelen.");
            assertThat(resident.section("Deze mensen regelen nu zaken voor u")).containsText("Demo carer");

            carer.go(RepresentationPages.DASHBOARD);
            assertThat(carer.card("Demo resident")).containsText("Actief");
            assertThat(carer.card("Demo resident")).containsText("Er zijn nog geen aanvragen van Demo resident.");

            resident.press("Intrekken");
            assertThat(resident.dialog()).containsText("Demo carer kan dan niets meer voor u regelen.");
            resident.answer("Ja, intrekken");
            assertThat(resident.section("Eerder")).containsText("Gestopt (ingetrokken)");
            assertThat(resident.section("Deze mensen regelen nu zaken voor u")).containsText("Niemand regelt nu");
        } finally {
            residentContext.close();
        }
        carer.go(RepresentationPages.DASHBOARD);
        assertThat(carer.card("Demo resident")).containsText("Gestopt");
        assertThat(carer.card("Demo resident")).not().containsText("Er zijn nog geen aanvragen");
    }

    @Test
    void mistakesAreShownAtTheFieldsAndInASummaryAndEverythingTypedStays() {
        RepresentationPages carer = new RepresentationPages(page).signIn("carer").go(RepresentationPages.FORM);
        assertThat(carer.field("Nummer van het bewijs")).isHidden();
        carer.fill("BSN van deze persoon", "123456789").fill("Naam van deze persoon", "Oma Jansen")
                .choose("Curator (de rechter heeft mij benoemd)")
                .typeDate("Tot wanneer? (niet verplicht)", "volgende week");
        assertThat(carer.field("Nummer van het bewijs")).isVisible();
        carer.press("Verzoek versturen");

        assertThat(carer.errorSummary()).hasAttribute("role", "alert");
        for (String message : List.of("Dit BSN klopt niet", "Vul het nummer van het bewijs in",
                "Kies wat u wilt regelen", "Dit is geen datum")) {
            assertThat(carer.errorSummary()).containsText(message);
        }
        assertThat(page.locator("vaadin-text-field[invalid]", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Dit BSN klopt niet"))).hasCount(1);
        assertThat(carer.field("BSN van deze persoon")).hasValue("123456789");
        assertThat(carer.field("Naam van deze persoon")).hasValue("Oma Jansen");
        assertThat(carer.field("Curator (de rechter heeft mij benoemd)")).isChecked();
        assertThat(carer.field("Tot wanneer? (niet verplicht)")).hasValue("volgende week");

        carer.errorSummary().getByText("BSN van deze persoon: Dit BSN klopt niet").click();
        assertThat(carer.field("BSN van deze persoon")).isFocused();
        carer.go(RepresentationPages.DASHBOARD);
        assertThat(carer.card("Oma Jansen")).hasCount(0);
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void everyRepresentationPagePassesAxe(String language, int width) {
        as("resident", () -> {
            ask(new ConsentRequest("999990020", "Demo carer", RepresentationBasis.INFORMAL_CARER,
                    Set.of(Matter.MESSAGES), java.time.LocalDate.now().plusMonths(6), null));
            ask(new ConsentRequest("999990044", "Buurman Bakker", RepresentationBasis.CURATOR,
                    Set.of(Matter.APPLICATIONS), null, "C/19/123456 / FA RK 26-789"));
        });
        page.setViewportSize(width, 900);
        String lang = "?lang=" + language;

        RepresentationPages resident = new RepresentationPages(page).signIn("resident");
        resident.go(RepresentationPages.FORM + lang).assertAccessible();
        page.locator("main .button-primary").click();
        assertThat(resident.errorSummary()).isVisible();
        resident.assertAllTextsTranslated();
        resident.assertAccessible();
        resident.go(RepresentationPages.DASHBOARD + lang);
        assertThat(resident.card("Buurman Bakker")).isVisible();
        resident.assertAllTextsTranslated();
        resident.assertAccessible();
        page.context().clearCookies();

        RepresentationPages carer = new RepresentationPages(page).signIn("carer");
        carer.go(RepresentationPages.MINE + lang);
        assertThat(carer.card("Demo resident")).isVisible();
        carer.assertAllTextsTranslated();
        carer.assertAccessible();
        carer.card("Demo resident").locator("button.button-primary").click();
        assertThat(carer.dialog()).hasAttribute("opened", "");
        carer.assertAccessible();
        page.keyboard().press("Escape");
        page.context().clearCookies();

        RepresentationPages staff = new RepresentationPages(page).signIn("frontdesk");
        staff.go(RepresentationPages.CHECK + lang);
        assertThat(staff.card("Buurman Bakker")).containsText("C/19/123456 / FA RK 26-789");
        assertThat(staff.card("Buurman Bakker")).containsText("******044");
        staff.assertAllTextsTranslated();
        staff.assertAccessible();
    }

    private void ask(ConsentRequest request) {
        try {
            representations.request(request);
        } catch (RepresentationRejected alreadyAsked) {
            // An earlier run of this parametrised test asked already: the pages look the same.
        }
    }

    private static void as(String username, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
