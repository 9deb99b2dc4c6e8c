package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The visitor's chat page at /praten with its {@code <wegwijs-chat>} component. */
class ChatVisitorPage extends PortalPage {

    ChatVisitorPage(Page page) {
        super(page);
    }

    ChatVisitorPage openIn(String language) {
        super.open("praten?lang=" + language);
        // The component is a static module: it has rendered once its quick-exit button is there.
        assertThat(exitButton()).isVisible();
        return this;
    }

    Locator component() {
        return page.locator("wegwijs-chat");
    }

    Locator exitButton() {
        return page.locator("wegwijs-chat .wc-exit");
    }

    Locator acuteAnswer(String answer) {
        return page.locator("wegwijs-chat .wc-choice", new Page.LocatorOptions().setHasText(answer));
    }

    Locator urgentPanel() {
        return page.locator("wegwijs-chat .wc-urgent");
    }

    Locator nickname() {
        return page.locator("wegwijs-chat input[name=nickname]");
    }

    Locator topic() {
        return page.locator("wegwijs-chat input[name=topic]");
    }

    Locator startButton() {
        return page.locator("wegwijs-chat .wc-start");
    }

    Locator status() {
        return page.locator("wegwijs-chat [role=status]");
    }

    Locator log() {
        return page.locator("wegwijs-chat [role=log]");
    }

    Locator messages() {
        return log().locator(".wc-msg");
    }

    Locator ownMessages() {
        return log().locator(".wc-msg--own");
    }

    Locator pendingMessages() {
        return log().locator(".wc-msg--pending");
    }

    Locator messageField() {
        return page.locator("wegwijs-chat textarea[name=message]");
    }

    Locator messageError() {
        return page.locator("wegwijs-chat .wc-compose .wc-error");
    }

    Locator waiting() {
        return page.locator("wegwijs-chat .wc-waiting");
    }

    Locator closedHeading() {
        return page.locator("wegwijs-chat .wc-closed h2");
    }

    Locator closed() {
        return page.locator("wegwijs-chat .wc-closed");
    }

    void start(String nickname) {
        nickname().fill(nickname);
        startButton().click();
        assertThat(startButton()).isHidden();
    }

    /** Types into the message field and sends with Enter, as a visitor would. */
    void send(String text) {
        messageField().fill(text);
        messageField().press("Enter");
    }

    /** What the origin keeps in the browser: sessionStorage and localStorage entries together. */
    int storedEntries() {
        return ((Number) page.evaluate("() => sessionStorage.length + localStorage.length")).intValue();
    }

    boolean scrollsSideways() {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    }
}
