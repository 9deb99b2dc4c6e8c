package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2.1: two minutes before a signed-in session ends for inactivity a dialog warns and lets
 * the person carry on; when time runs out they are signed out and told why. The browser's clock
 * is faked, so the test does not wait half an hour; the server's session length is the real one.
 */
class SessionTimeoutIT extends BrowserTest {

    @Test
    void warnsTwoMinutesAheadAndCarryingOnKeepsThePersonSignedIn() {
        page.clock().install();
        new LoginPage(page).open().signIn("resident", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        Locator dialog = page.locator("wegwijs-session-timeout dialog");
        assertThat(dialog).isHidden();

        page.clock().fastForward("27:00");
        assertThat(dialog).isHidden();
        page.clock().fastForward("01:05");
        assertThat(dialog).isVisible();
        assertThat(dialog).hasAttribute("role", "alertdialog");
        assertThat(dialog.locator("h2")).hasText("Bent u er nog?");
        assertThat(dialog.locator("[data-countdown]")).hasText("1:55");
        assertThat(dialog.locator("[data-action=extend]")).isFocused();
        portal().assertAccessible();

        dialog.locator("[data-action=extend]").click();
        assertThat(dialog).isHidden();
        // The clock starts again from the extension: 28 more minutes pass without a warning.
        page.clock().fastForward("27:50");
        assertThat(dialog).isHidden();
        assertThat(page.locator("header .sign-out")).isVisible();
    }

    @Test
    void whenTimeRunsOutThePersonIsSignedOutAndToldWhy() {
        page.clock().install();
        new LoginPage(page).open().signIn("admin", "demo");
        portal().open("beheer/accounts");
        assertThat(page.locator("header .sign-out")).isVisible();

        page.clock().fastForward("30:05");
        assertThat(page.locator("main [role=status]"))
                .hasText("U bent uitgelogd, omdat u een tijd niets hebt gedaan. Log opnieuw in om verder te gaan.");
        assertThat(page.locator("header .sign-in")).isVisible();

        // The server forgot the sign-in too: a staff page asks to sign in again.
        page.navigate("beheer/accounts");
        assertThat(page.locator("main form input[name=username]")).isVisible();
    }

    @Test
    void visitorsWhoDidNotSignInGetNoTimer() {
        portal().open("");
        assertThat(page.locator("wegwijs-session-timeout")).hasCount(0);
    }
}
