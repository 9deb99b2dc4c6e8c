package nl.wegwijs.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.wegwijs.applications.CaseReference;

/** The consultant's worklist and case file: rows by reference, the step forms by their labels, the notice after saving. */
class CaseworkPage extends PortalPage {

    CaseworkPage(Page page) {
        super(page);
    }

    CaseworkPage openWorklist(String language) {
        open("behandelen?lang=" + language);
        return this;
    }

    CaseworkPage openCase(CaseReference reference) {
        open("behandelen/" + reference.value());
        return this;
    }

    Locator row(CaseReference reference) {
        return page.locator("main tr.worklist-row[data-reference='" + reference.value() + "']");
    }

    void claim(CaseReference reference) {
        row(reference).locator(".claim-button").click();
    }

    void followCase(CaseReference reference) {
        row(reference).getByRole(AriaRole.LINK).click();
        waitUntilRendered();
    }

    /** The worklist's message after claiming. */
    Locator status() {
        return page.locator("main .casework-status[role=status]");
    }

    /** The case file's message after saving, or about a conflict. */
    Locator notice() {
        return page.locator("main .case-notice");
    }

    Locator fact(String key) {
        return page.locator("main dd.case-fact-" + key);
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    CaseworkPage fill(String label, String text) {
        field(label).fill(text);
        return this;
    }

    /** Types into a date or time field and leaves it, as someone does who writes it instead of picking it. */
    CaseworkPage type(String label, String text) {
        field(label).fill(text);
        field(label).press("Tab");
        return this;
    }

    CaseworkPage choose(String label) {
        field(label).check();
        return this;
    }

    CaseworkPage press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        return this;
    }

    Locator errorSummary() {
        return page.locator("main .error-summary:not([hidden])");
    }

    byte[] downloadLetter() {
        Download download = page.waitForDownload(() -> page.locator("main .decision-letter").click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
