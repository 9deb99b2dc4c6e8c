package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The editors' report of searches without results, its fix dialog and the list of added words. */
class ZeroResultReportPage extends PortalPage {

    static final String PATH = "redactie/zoekvragen-zonder-resultaat";

    ZeroResultReportPage(Page page) {
        super(page);
    }

    ZeroResultReportPage open(String language) {
        super.open(PATH + "?lang=" + language);
        return this;
    }

    Locator row(String query) {
        return page.locator("main table tbody tr", new Page.LocatorOptions().setHas(
                page.locator("th", new Page.LocatorOptions().setHasText(query))));
    }

    Locator foundNow(String query) {
        return row(query).locator("td[data-label]").nth(2);
    }

    Dialog addSynonymFor(String query) {
        row(query).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Synoniem toevoegen voor ‘"
                + query + "’")).click();
        return new Dialog(page);
    }

    Dialog splitCompoundFor(String query) {
        row(query).locator("vaadin-button").nth(1).click();
        return new Dialog(page);
    }

    Locator status() {
        return page.locator("main [role=status]");
    }

    Locator addedWords() {
        return page.locator("main .vocabulary-list li");
    }

    void remove(String word) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen: ‘" + word + "’")).click();
    }

    /** The dialog that adds a synonym or splits a compound. */
    static class Dialog {

        private final Page page;

        Dialog(Page page) {
            this.page = page;
        }

        /** The open dialog (its host element has the role and name, but no box of its own). */
        Locator root() {
            return page.getByRole(AriaRole.DIALOG);
        }

        /** Open dialogs: none once it closed. */
        Locator opened() {
            return page.locator("vaadin-dialog[opened]");
        }

        Locator field(String label) {
            return root().getByLabel(label);
        }

        void save() {
            root().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        }

        void close() {
            page.keyboard().press("Escape");
        }
    }
}
