package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * The interactive sign-in page of the test's OpenID Connect provider (mock-oauth2-server): any
 * subject, and the claims the broker would send as JSON.
 */
class OidcProviderPage {

    private final Page page;

    OidcProviderPage(Page page) {
        this.page = page;
        assertThat(page.locator("input[name=username]")).isVisible();
    }

    /** Signs in as {@code subject} with these claims and lets the provider send the browser back. */
    void signIn(String subject, String claimsJson) {
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claimsJson);
        page.locator("input[type=submit]").click();
    }
}
