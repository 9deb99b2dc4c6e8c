package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The melding wizard, step by step, its check page and the confirmation with the PDF receipt. */
class MeldingPage extends PortalPage {

    static final String PATH = "aanvragen/melding";

    MeldingPage(Page page) {
        super(page);
    }

    MeldingPage signIn(String username) {
        new LoginPage(page).open().signIn(username, "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return this;
    }

    MeldingPage openWizard() {
        open(PATH);
        return this;
    }

    Locator progress() {
        return page.locator("main .melding-progress");
    }

    Locator stepTitle() {
        return page.locator("main .melding-step-title");
    }

    /** Waits until the wizard shows step {@code number} ("Stap 4 van 8" or "Step 4 of 8"). */
    MeldingPage atStep(int number) {
        assertThat(progress()).containsText(number + " ");
        assertThat(progress()).hasText(java.util.regex.Pattern.compile("(Stap|Step) " + number + " (van|of) 8"));
        return this;
    }

    MeldingPage next() {
        page.locator("main .melding-next").click();
        return this;
    }

    MeldingPage back() {
        page.locator("main .melding-back").click();
        return this;
    }

    Locator errorSummary() {
        return page.locator("main .error-summary[role=alert]");
    }

    Locator notice() {
        return page.locator("main .melding-notice");
    }

    MeldingPage chooseFor(String text) {
        page.locator("main .melding-for vaadin-radio-button", new Page.LocatorOptions().setHasText(text))
                .locator("input").check();
        return this;
    }

    Locator textArea(String field) {
        return page.locator("main .melding-" + field + " textarea");
    }

    Locator textField(String field) {
        return page.locator("main .melding-" + field + " input");
    }

    /** Checks the {@code position}th option (0 = first) of the radio group of {@code field}. */
    MeldingPage choose(String field, int position) {
        page.locator("main .melding-" + field + " vaadin-radio-button").nth(position).locator("input").check();
        return this;
    }

    MeldingPage fillDifficulties(String household) {
        textArea("difficulties-household").fill(household);
        return this;
    }

    MeldingPage fillOwnSolutions(String own, String network) {
        textArea("ownstrength").fill(own);
        textArea("network").fill(network);
        return this;
    }

    MeldingPage fillContact(String postcode, String houseNumber, String phone) {
        textField("postcode").fill(postcode);
        textField("housenumber").fill(houseNumber);
        textField("phone").fill(phone);
        choose("contactby", 0);
        choose("notifyby", 1);
        return this;
    }

    MeldingPage upload(String which, String fileName, String mimeType, byte[] content) {
        page.locator("main .melding-upload-" + which + " input[type=file]")
                .setInputFiles(new FilePayload(fileName, mimeType, content));
        return this;
    }

    Locator documents() {
        return page.locator("main .melding-documents");
    }

    Locator uploadRefusal() {
        return page.locator("main .melding-upload-refusal");
    }

    Locator check() {
        return page.locator("main .melding-check");
    }

    /** Sends the melding from the check page and waits for the confirmation; returns the reference shown. */
    String submit() {
        page.locator("main .melding-next").click();
        assertThat(page.locator("main .melding-reference")).isVisible();
        return page.locator("main .melding-reference").innerText().replaceAll(".*(WMO-\\d{4}-\\d{6}).*", "$1").strip();
    }

    Locator confirmation() {
        return page.locator("main");
    }

    byte[] downloadReceipt() {
        Download download = page.waitForDownload(() -> page.locator("main .melding-receipt").click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
