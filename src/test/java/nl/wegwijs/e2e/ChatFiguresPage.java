package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The coordinators' figures of the listening ear for a chosen period. */
class ChatFiguresPage extends PortalPage {

    static final String PATH = "luisterend-oor/cijfers";

    ChatFiguresPage(Page page) {
        super(page);
    }

    ChatFiguresPage open(String language) {
        super.open(PATH + "?lang=" + language);
        return this;
    }

    /** The value cells of a table's row, found by the table's caption and the row's header. */
    Locator row(String caption, String rowHeader) {
        Locator table = page.locator("main table", new Page.LocatorOptions().setHas(
                page.locator("caption", new Page.LocatorOptions().setHasText(caption))));
        return table.locator("tbody tr", new Locator.LocatorOptions().setHas(page.locator("th",
                new Page.LocatorOptions().setHasText(rowHeader))));
    }

    Locator reportHeading() {
        return page.locator("main .figures-report h2");
    }

    Locator field(String label) {
        return page.locator("main .figures-period").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    void show() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cijfers tonen")).click();
    }
}
