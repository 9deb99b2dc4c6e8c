package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The responder console at /luisterend-oor/console: duty, conversations in tabs, alerts. */
class ChatConsolePage extends PortalPage {

    static final String PATH = "luisterend-oor/console";

    ChatConsolePage(Page page) {
        super(page);
    }

    ChatConsolePage open(String language) {
        super.open(PATH + "?lang=" + language);
        assertThat(dutyStatus()).not().isEmpty();
        return this;
    }

    Locator dutyStatus() {
        return page.locator("main .console-duty__status");
    }

    Locator dutyToggle() {
        return page.locator("main .console-duty__toggle");
    }

    Locator capacity() {
        return page.locator("main .console-duty vaadin-select");
    }

    /** Chooses how many conversations at once, as a mouse user would. */
    void chooseCapacity(int conversations) {
        capacity().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(String.valueOf(conversations))).click();
        assertThat(capacity()).containsText(String.valueOf(conversations));
    }

    Locator shiftTimer() {
        return page.locator("main .console-duty__timer");
    }

    Locator queue() {
        return page.locator("main .console-queue");
    }

    Locator tab(String name) {
        return page.locator("main .console-tab", new Page.LocatorOptions().setHasText(name));
    }

    Locator unread(String name) {
        return tab(name).locator(".console-unread");
    }

    Locator announcer() {
        return page.locator("main .visually-hidden[role=status]");
    }

    /** The visible conversation panel. */
    Locator conversation() {
        return page.locator("main .console-conversation:not([hidden])");
    }

    Locator transcript() {
        return conversation().locator("[role=log] .console-message");
    }

    Locator messageField() {
        return conversation().locator("vaadin-text-area textarea");
    }

    Locator notice() {
        return conversation().locator(".console-notice");
    }

    Locator button(String text) {
        return conversation().locator("vaadin-button", new Locator.LocatorOptions().setHasText(text));
    }

    Locator cannedPicker() {
        return conversation().locator("vaadin-combo-box input");
    }

    Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    Locator alert() {
        return page.locator("main .console-alerts [role=alert]");
    }

    Locator breakPrompt() {
        return page.locator("main .console-break");
    }

    /** Types in the visible conversation's message box and sends with Enter. */
    void send(String text) {
        messageField().fill(text);
        messageField().press("Enter");
    }
}
