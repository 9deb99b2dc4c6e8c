package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through OpenID Connect against a real provider started here (mock-oauth2-server with
 * its interactive login page): DigiD for residents, with and without a DigiD-machtiging, and the
 * municipality's provider for staff.
 */
class OidcSignInIT extends BrowserTest {

    private static final MockOAuth2Server PROVIDER = startProvider();

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void registrations(DynamicPropertyRegistry properties) {
        register(properties, "digid", "digid-broker");
        register(properties, "medewerker", "gemeente");
        properties.add("wegwijs.sign-in.resident-registration", () -> "digid");
        properties.add("wegwijs.sign-in.staff-registration", () -> "medewerker");
        properties.add("wegwijs.sign-in.mandate.services[wmo-aanvragen]", () -> "APPLICATIONS");
        // A context of its own: its own search index folder, as Lucene locks the one the others share.
        properties.add("wegwijs.data-dir", () -> "target/test-data-oidc");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void residentSignsInWithDigidMandateAndActsForTheRepresentee() {
        var login = new LoginPage(page).open();
        login.signInWithDigid().signIn("digid-sub-mila", """
                {"gemachtigde": {"bsn": "999990032"}, "aanvrager": {"bsn": "999990044"},
                 "service_id": "wmo-aanvragen", "name": "Mila de Vries"}""");

        var portal = portal();
        portal.waitUntilRendered();
        assertThat(page.locator("header .signed-in-as")).hasText("Ingelogd als Mila de Vries");

        Map<String, Object> account = jdbc.queryForMap("select a.id, a.username, a.oidc_subject, r.role"
                + " from account a join account_role r on r.account_id = a.id where a.bsn = ?", "999990032");
        assertThat((String) account.get("username")).startsWith("digid-");
        assertThat(account.get("oidc_subject")).isEqualTo("digid-sub-mila");
        assertThat(account.get("role")).isEqualTo("RESIDENT");

        Map<String, Object> mandate = jdbc.queryForMap("select id, basis, status, valid_until from representation"
                + " where actor_account_id = ? and representee_bsn = ?", account.get("id"), "999990044");
        assertThat(mandate.get("basis")).isEqualTo("DIGID_MANDATE");
        assertThat(mandate.get("status")).isEqualTo("ACTIVE");
        assertThat(((Timestamp) mandate.get("valid_until")).toInstant()).isAfter(Instant.now());
        assertThat(jdbc.queryForList("select matter from representation_scope where representation_id = ?",
                String.class, mandate.get("id"))).containsExactly("APPLICATIONS");

        List<Map<String, Object>> audit = jdbc.queryForList("select action, actor_id, subject_bsn from audit_event"
                + " where object_type = 'representation' and object_id = ?", mandate.get("id").toString());
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().get("action")).isEqualTo("CREATED");
        assertThat(audit.getFirst().get("actor_id")).isEqualTo(account.get("id"));
        assertThat(audit.getFirst().get("subject_bsn")).isEqualTo("999990044");

        page.locator("header .sign-out").click();
        assertThat(page.locator("header .sign-in")).isVisible();
        assertThat(page.locator("header .signed-in-as")).hasCount(0);
    }

    @Test
    void invalidBsnClaimIsRefusedWithAMessageAndCreatesNoAccount() {
        var login = new LoginPage(page).open();
        login.signInWithDigid().signIn("digid-sub-typo", "{\"bsn\": \"123456789\"}");

        assertThat(page).hasURL(Pattern.compile("/login\\?error=bsn$"));
        login.waitUntilRendered();
        assertThat(login.refusal()).containsText("burgerservicenummer");
        assertThat(page.locator("header .sign-in")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from account where oidc_subject = ?", Integer.class,
                "digid-sub-typo")).isZero();
    }

    @Test
    void staffSignInMatchesTheStaffAccountAndKeepsItsRoles() {
        var login = new LoginPage(page).open();
        login.signInAsStaff().signIn("entra-object-1", "{\"preferred_username\": \"ADMIN\", \"roles\": [\"RESIDENT\"]}");

        var portal = portal();
        portal.waitUntilRendered();
        assertThat(page.locator("header .signed-in-as")).hasText("Ingelogd als Demo admin");
        portal.open("beheer/accounts");
        assertThat(page).hasURL(Pattern.compile("/beheer/accounts$"));
        assertThat(portal.heading()).hasText("Accounts");
    }

    @Test
    void staffWithoutAnAccountIsRefused() {
        var login = new LoginPage(page).open();
        login.signInAsStaff().signIn("entra-object-2", "{\"preferred_username\": \"someone.else\"}");

        assertThat(page).hasURL(Pattern.compile("/login\\?error=staff$"));
        login.waitUntilRendered();
        assertThat(login.refusal()).containsText("geen actief account als medewerker");
        assertThat(page.locator("header .sign-in")).isVisible();
    }

    @Test
    void loginPageWithDigidAndStaffButtonsIsAccessibleInBothLanguagesOnPhoneAndDesktop() {
        for (String language : List.of("nl", "en")) {
            for (int width : List.of(PHONE_WIDTH, DESKTOP_WIDTH)) {
                if (!checkedScreen(language, width)) {
                    continue;
                }
                page.setViewportSize(width, 900);
                var login = new LoginPage(page);
                login.open("login?lang=" + language);
                assertThat(login.digidButton()).hasText(language.equals("nl") ? "Inloggen met DigiD" : "Sign in with DigiD");
                assertThat(login.staffButton()).isVisible();
                login.assertAllTextsTranslated();
                login.assertAccessible();
            }
        }
        var login = new LoginPage(page).open();
        login.tabTo(login.digidButton());
        login.open("login?error=bsn");
        assertThat(login.refusal()).isVisible();
        login.assertAccessible();
    }

    private static void register(DynamicPropertyRegistry properties, String id, String issuer) {
        String registration = "spring.security.oauth2.client.registration." + id + ".";
        properties.add(registration + "client-id", () -> "wegwijs");
        properties.add(registration + "client-secret", () -> "test-secret");
        properties.add(registration + "scope", () -> "openid");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add(registration + "provider", () -> id);
        properties.add("spring.security.oauth2.client.provider." + id + ".issuer-uri",
                () -> PROVIDER.issuerUrl(issuer).toString());
    }

    private static MockOAuth2Server startProvider() {
        var provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start();
        return provider;
    }
}
