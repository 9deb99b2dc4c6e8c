package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** What a visitor does in the shell: find the way in, switch language, use the keyboard, sign in. */
class PortalJourneysIT extends BrowserTest {

    @Test
    void homePageLeadsToEachOfTheFourEntryPoints() {
        PortalPage portal = portal().open("");
        portal.followEntry("Hulp in de buurt zoeken");
        assertThat(page).hasURL(Pattern.compile("/sociale-kaart$"));
        assertThat(portal.heading()).hasText("Hulp in de buurt zoeken");

        portal.open("").followEntry("Doe de zelftest");
        assertThat(portal.heading()).hasText("Zelftest: welke hulp past bij u?");

        portal.open("").followEntry("Hulp aanvragen");
        assertThat(portal.heading()).hasText("Hulp aanvragen");

        portal.open("").followEntry("Anoniem praten, dag en nacht");
        assertThat(page).hasURL(Pattern.compile("/praten$"));
        assertThat(portal.main()).containsText("088-0767 000");
    }

    @Test
    void urgentHelpIsOneClickAwayFromEveryPageAndListsNumbersToCall() {
        PortalPage portal = portal().open("privacy");
        portal.urgentHelpLink().click();
        portal.waitUntilRendered();
        assertThat(portal.heading()).hasText("Direct hulp nodig?");
        assertThat(page.locator("main a[href='tel:112']")).hasText("Bel 112");
        assertThat(page.locator("main a[href='tel:08000113']")).isVisible();
        assertThat(page.locator("main a[href='tel:08002000']")).containsText("Veilig Thuis");
    }

    @Test
    void languageSwitchShowsTheSamePageInEnglishAndRemembersTheChoice() {
        PortalPage portal = portal().open("zelftest");
        assertThat(portal.languageSwitch()).hasText("English");
        portal.switchLanguage();
        assertThat(page).hasURL(Pattern.compile("/zelftest\\?lang=en$"));
        assertThat(portal.heading()).hasText("Self-test: which help fits you?");
        assertThat(portal.documentLanguage()).isEqualTo("en");

        portal.open("sociale-kaart");
        assertThat(portal.heading()).hasText("Find help nearby"); // kept without the parameter

        portal.switchLanguage();
        assertThat(portal.heading()).hasText("Hulp in de buurt zoeken");
        assertThat(portal.documentLanguage()).isEqualTo("nl");
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent() {
        PortalPage portal = portal().open("aanvragen");
        page.keyboard().press("Tab");
        assertThat(portal.skipLink()).isFocused();
        assertThat(portal.skipLink()).isInViewport();
        page.keyboard().press("Enter");
        assertThat(portal.main()).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.closest('main') !== null")).isEqualTo(true);
    }

    @Test
    void menuMarksTheCurrentPage() {
        PortalPage portal = portal().open("aanvragen");
        assertThat(portal.menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Hulp aanvragen"))).hasAttribute("aria-current", "page");
        assertThat(portal.menu().locator("[aria-current=page]")).hasCount(1);
    }

    @Test
    void residentSignsInAndOut() {
        LoginPage login = new LoginPage(page).open();
        login.signIn("resident", "demo");
        assertThat(page.locator("header .sign-out")).hasText("Uitloggen");
        assertThat(page.locator("header .sign-in")).hasCount(0);

        page.locator("header .sign-out").click();
        assertThat(page.locator("header .sign-in")).hasText("Inloggen");
    }

    @Test
    void wrongPasswordSaysWhatToDoAndKeepsTheUserName() {
        LoginPage login = new LoginPage(page).open();
        login.signIn("resident", "wrong");
        assertThat(login.error()).containsText("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(login.username()).hasValue("resident");
        login.assertAccessible();
    }

    @Test
    void administratorSeesTheAccountsAndAResidentIsToldTheyMayNot() {
        LoginPage login = new LoginPage(page).open();
        login.signIn("admin", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        PortalPage portal = portal().open("beheer/accounts");
        assertThat(portal.heading()).hasText("Accounts");
        // Staff only (other tests may add staff accounts); residents sign in with DigiD and are not listed.
        for (String staff : new String[] {"frontdesk", "consultant", "volunteer", "crisis", "coordinator", "editor", "admin"}) {
            assertThat(page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(staff)))
                    .not().hasCount(0);
        }
        assertThat(page.locator("main table tbody td", new Page.LocatorOptions().setHasText(Pattern.compile("Demo (resident|carer)"))))
                .hasCount(0);
        assertThat(page.locator("main table")).containsText("Crisismedewerker");
        portal.assertAccessible();

        page.locator("header .sign-out").click();
        assertThat(page.locator("header .sign-in")).isVisible();
        new LoginPage(page).open().signIn("resident", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        var response = page.navigate("beheer/accounts");
        portal.waitUntilRendered();
        assertThat(portal.heading()).hasText("U mag deze pagina niet bekijken");
        assertThat(response.status()).isEqualTo(403);
        portal.assertAccessible();
    }

    @Test
    void aFailingPageApologisesGivesAReferenceAndShowsNoTechnicalDetails() {
        var response = page.navigate("test/kapot");
        PortalPage portal = portal();
        portal.waitUntilRendered();
        assertThat(response.status()).isEqualTo(500);
        assertThat(portal.heading()).hasText("Er ging iets mis");
        assertThat(portal.main()).containsText("Dit ligt aan ons, niet aan u.");
        assertThat(portal.main()).containsText(Pattern.compile("Noem dan deze code: [0-9a-f]{8}"));
        assertThat(page.locator("body")).not().containsText("IllegalStateException");
        assertThat(page.locator("body")).not().containsText("123456782");
        portal.assertAccessible();
    }

    @Test
    void anonymousVisitorOfAStaffPageIsAskedToSignInAndThenSentThere() {
        page.navigate("beheer/accounts");
        LoginPage login = new LoginPage(page);
        assertThat(page).hasURL(Pattern.compile("/login$"));
        login.signIn("admin", "demo");
        assertThat(page).hasURL(Pattern.compile("/beheer/accounts(\\?continue)?$"));
        assertThat(login.heading()).hasText("Accounts");
    }
}
