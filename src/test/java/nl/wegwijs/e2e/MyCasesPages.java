package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Mijn aanvragen": the list of cases and the page of one case with its timeline and forms. */
class MyCasesPages extends PortalPage {

    static final String LIST = "mijn/aanvragen";

    MyCasesPages(Page page) {
        super(page);
    }

    MyCasesPages signIn(String username) {
        new LoginPage(page).open().signIn(username, "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return this;
    }

    MyCasesPages go(String path) {
        open(path);
        return this;
    }

    MyCasesPages openCase(String reference) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanvraag " + reference)).click();
        assertThat(heading()).hasText("Aanvraag " + reference);
        return this;
    }

    Locator currentStep() {
        return page.locator("main .case-timeline__steps li[aria-current=step]");
    }

    Locator timeline() {
        return page.locator("main .case-timeline");
    }

    Locator report() {
        return page.locator("main .case-report");
    }

    Locator messages() {
        return page.locator("main .case-messages");
    }

    Locator notice() {
        return page.locator("main .my-case__notice");
    }

    Locator errorSummary(Locator section) {
        return section.locator(".error-summary");
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    MyCasesPages fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    MyCasesPages choose(String label) {
        field(label).check();
        return this;
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    Download download(String linkText) {
        Locator link = page.locator("main .case-documents a", new Page.LocatorOptions().setHasText(linkText));
        return page.waitForDownload(link::click);
    }
}
