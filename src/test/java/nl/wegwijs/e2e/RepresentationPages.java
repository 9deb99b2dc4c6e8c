package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The representation pages: the carer's request form and dashboard, the resident's own page, the staff check. */
class RepresentationPages extends PortalPage {

    static final String FORM = "mijn/voor-een-ander/aanvragen";
    static final String DASHBOARD = "mijn/voor-een-ander";
    static final String MINE = "mijn/machtigingen";
    static final String CHECK = "beheer/vertegenwoordiging";

    RepresentationPages(Page page) {
        super(page);
    }

    RepresentationPages signIn(String username) {
        new LoginPage(page).open().signIn(username, "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return this;
    }

    RepresentationPages go(String path) {
        open(path);
        return this;
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    RepresentationPages fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** A radio button or checkbox by its label. */
    RepresentationPages choose(String label) {
        field(label).check();
        return this;
    }

    /** Types into the date field and leaves it, as someone does who writes the date instead of picking it. */
    RepresentationPages typeDate(String label, String text) {
        field(label).fill(text);
        field(label).press("Tab");
        return this;
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    Locator errorSummary() {
        return page.locator("main .error-summary");
    }

    Locator sent() {
        return page.locator(".rep-sent");
    }

    Locator notice() {
        return page.locator(".rep-notice");
    }

    /** The card of a person (dashboard, staff) or a representative (resident's page) by the name it shows. */
    Locator card(String name) {
        return page.locator(".rep-card", new Page.LocatorOptions().setHas(
                page.locator("h2, h3", new Page.LocatorOptions().setHasText(name))));
    }

    Locator section(String heading) {
        return page.locator(".rep-section", new Page.LocatorOptions().setHas(
                page.locator("h2", new Page.LocatorOptions().setHasText(heading))));
    }

    /** The open confirmation dialog (the element itself has no box of its own: check it is open, not visible). */
    Locator dialog() {
        return page.getByRole(AriaRole.ALERTDIALOG);
    }

    /** Presses a button in the open confirmation dialog. */
    void answer(String button) {
        assertThat(dialog()).hasAttribute("opened", "");
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
        assertThat(dialog()).hasCount(0);
    }
}
