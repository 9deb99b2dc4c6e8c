package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The front desk's counter page: the start form, then the open session with hand-over and end. */
class CounterPage extends PortalPage {

    CounterPage(Page page) {
        super(page);
    }

    CounterPage openCounter(String language) {
        open("balie?lang=" + language);
        return this;
    }

    /** Fills the start form in any language; {@code document} is the position of the document type (0 = passport). */
    CounterPage fill(String bsn, String name, int document, String last4, boolean consent) {
        input("counter-bsn").fill(bsn);
        input("counter-name").fill(name);
        page.locator(".counter-document vaadin-radio-button").nth(document).locator("input").check();
        input("counter-last4").fill(last4);
        Locator consentBox = page.locator(".counter-consent input");
        if (consent) {
            consentBox.check();
        } else {
            consentBox.uncheck();
        }
        return this;
    }

    CounterPage last4(String last4) {
        input("counter-last4").fill(last4);
        return this;
    }

    void start() {
        page.locator(".counter-start-button").click();
    }

    Locator input(String fieldClass) {
        return page.locator("." + fieldClass + " input");
    }

    Locator errorSummary() {
        return page.locator("main .error-summary[role=alert]");
    }

    Locator helping() {
        return page.locator("main .counter-helping h2");
    }

    Locator status() {
        return page.locator("main .counter-status[role=status]");
    }

    Locator notice() {
        return page.locator("aside.counter-notice");
    }

    byte[] downloadHandOver() {
        Download download = page.waitForDownload(() -> page.locator("main .counter-handover").click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vaadin's confirm dialog is an alertdialog whose own box has no size: check its text, not its visibility. */
    void openEndDialog(String title) {
        page.locator("main .counter-end").click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText(title);
    }

    void confirmEnd(String yes) {
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(yes).setExact(true)).click();
    }
}
