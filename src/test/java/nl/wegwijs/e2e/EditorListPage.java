package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** The editors' list of services with its filters. */
class EditorListPage extends PortalPage {

    EditorListPage(Page page) {
        super(page);
    }

    EditorListPage openList(String query) {
        open("redactie/sociale-kaart" + query);
        return this;
    }

    Locator filters() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(Pattern.compile("^Filters$")));
    }

    Locator rows() {
        return page.locator("main table tbody tr");
    }
}
