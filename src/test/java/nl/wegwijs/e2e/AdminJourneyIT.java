package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.Bsn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** An administrator manages staff and searches the audit log; a resident sees who looked at their data. */
class AdminJourneyIT extends BrowserTest {

    private static final Bsn RESIDENT = new Bsn("999990019");

    @Autowired
    AuditLog auditLog;

    private final String objectId = UUID.randomUUID().toString();

    @AfterEach
    void forgetServerSideSignIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void adminCreatesAStaffAccountWithRolesWhichThenSignsInAndSeesItsMenu() {
        signIn("admin", "demo");
        AdminPages accounts = new AdminPages(page);
        accounts.open("beheer/accounts");
        accounts.press("Opslaan");
        assertThat(accounts.errorSummary()).containsText("Gebruikersnaam: Vul een gebruikersnaam in.");
        assertThat(accounts.errorSummary()).containsText("Rollen: Kies minstens één rol.");
        assertAccessibleInEveryLanguageAndWidth(accounts, null);

        String username = "redacteur-" + objectId.substring(0, 6);
        accounts.open("beheer/accounts?lang=nl");
        accounts.fill("Gebruikersnaam", username).fill("Naam", "Sanne de Redacteur").check("Redacteur")
                .fill("Wachtwoord", "kort");
        accounts.press("Opslaan");
        assertThat(accounts.errorSummary()).containsText("minstens 12");
        assertThat(accounts.field("Gebruikersnaam")).hasValue(username);
        accounts.fill("Wachtwoord", "een-lang-wachtwoord");
        accounts.press("Opslaan");
        assertThat(accounts.status()).hasText("Het account " + username + " is aangemaakt.");
        assertThat(accounts.tableRow(username)).containsText("Redacteur");
        assertAccessibleInEveryLanguageAndWidth(accounts, "beheer/accounts");

        page.context().clearCookies();
        signIn(username, "een-lang-wachtwoord");
        PortalPage portal = portal().open("");
        assertThat(portal.menu()).containsText("Redactie sociale kaart");
        assertThat(portal.menu()).not().containsText("Accounts");
        assertThat(portal.menu()).not().containsText("Auditlog");
    }

    @Test
    void adminFindsTheRowsAboutAResidentByBsnWithTheBsnMasked() {
        recordAsFrontDesk();
        signIn("admin", "demo");
        AdminPages log = new AdminPages(page);
        log.open("beheer/auditlog");
        log.fill("BSN van de inwoner", "123456789");
        log.press("Zoeken");
        assertThat(log.errorSummary()).containsText("Dit is geen geldig BSN");

        log.fill("BSN van de inwoner", "9999 90 019");
        log.press("Zoeken");
        assertThat(log.tableRow("Demo frontdesk (Baliemedewerker)").first()).containsText("******019");
        assertThat(log.tableRow("Demo frontdesk (Baliemedewerker)").first()).containsText("bekeken: persoonsgegevens");
        assertThat(log.main()).not().containsText("999990019");
        assertAccessibleInEveryLanguageAndWidth(log, "beheer/auditlog");
    }

    @Test
    void residentSeesWhoLookedAtTheirData() {
        recordAsFrontDesk();
        signIn("resident", "demo");
        AdminPages inzage = new AdminPages(page);
        inzage.open("mijn/inzage");
        assertThat(inzage.heading()).hasText("Wie heeft mijn gegevens bekeken");
        assertThat(inzage.inzageRows().first()).containsText("Demo frontdesk (Baliemedewerker) heeft dit gedaan:"
                + " bekeken: persoonsgegevens");
        assertThat(inzage.menu()).containsText("Wie heeft mijn gegevens bekeken");
        assertAccessibleInEveryLanguageAndWidth(inzage, "mijn/inzage");
    }

    private void recordAsFrontDesk() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "frontdesk", null, List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
        auditLog.record(AuditAction.VIEWED, "personal-details", objectId, RESIDENT);
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username, String password) {
        new LoginPage(page).open().signIn(username, password);
        assertThat(page.locator("header .sign-out")).isVisible();
    }

    /** Dutch and English, phone and desktop; with {@code path} null the page is checked as it is now (nl, desktop). */
    private void assertAccessibleInEveryLanguageAndWidth(PortalPage portal, String path) {
        if (path == null) {
            portal.assertAllTextsTranslated();
            portal.assertAccessible();
            return;
        }
        for (String language : List.of("nl", "en")) {
            for (int width : List.of(PHONE_WIDTH, DESKTOP_WIDTH)) {
                if (!checkedStaffScreen(language, width)) {
                    continue;
                }
                page.setViewportSize(width, 900);
                portal.open(path + "?lang=" + language);
                assertThat(portal.documentLanguage()).isEqualTo(language);
                portal.assertAllTextsTranslated();
                portal.assertAccessible();
            }
        }
        page.setViewportSize(DESKTOP_WIDTH, 900);
        portal.open(path + "?lang=nl");
    }
}
