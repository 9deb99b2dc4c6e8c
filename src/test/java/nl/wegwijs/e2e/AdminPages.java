package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The administrator's pages (staff accounts, audit log) and the resident's "who has seen my data". */
class AdminPages extends PortalPage {

    AdminPages(Page page) {
        super(page);
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    AdminPages fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    AdminPages check(String label) {
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true)).check();
        return this;
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    Locator errorSummary() {
        return page.locator("main .error-summary");
    }

    Locator status() {
        return page.locator("main .admin-status");
    }

    Locator tableRow(String text) {
        return page.locator("main table tbody tr", new Page.LocatorOptions().setHasText(text));
    }

    Locator inzageRows() {
        return page.locator("main .inzage-row");
    }
}
