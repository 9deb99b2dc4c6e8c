package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in page: user name, password, and a message when signing in failed. */
class LoginPage extends PortalPage {

    LoginPage(Page page) {
        super(page);
    }

    LoginPage open() {
        open("login");
        assertThat(page.locator("main form input[name=username]")).isVisible();
        return this;
    }

    void signIn(String username, String password) {
        page.locator("main form input[name=username]").fill(username);
        // getByLabel("Wachtwoord") also matches the show-password button
        page.locator("main form input[name=password]").fill(password);
        page.locator("main form button[type=submit]").click();
    }

    Locator username() {
        return page.locator("main form input[name=username]");
    }

    Locator error() {
        return page.locator("main form [role=alert]");
    }

    /** Why an OpenID Connect sign-in was refused. */
    Locator refusal() {
        return page.locator("main .login-page > [role=alert]");
    }

    Locator digidButton() {
        return page.locator("main a.sign-in-digid");
    }

    Locator staffButton() {
        return page.locator("main a.sign-in-staff");
    }

    OidcProviderPage signInWithDigid() {
        digidButton().click();
        return new OidcProviderPage(page);
    }

    OidcProviderPage signInAsStaff() {
        staffButton().click();
        return new OidcProviderPage(page);
    }
}
