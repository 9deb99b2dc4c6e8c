package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The coordinators' live overview of the listening ear: queue, conversations, blocks, read-along log. */
class ChatOverviewPage extends PortalPage {

    static final String PATH = "luisterend-oor/overzicht";

    ChatOverviewPage(Page page) {
        super(page);
    }

    ChatOverviewPage open(String language) {
        super.open(PATH + "?lang=" + language);
        return this;
    }

    /** The short id the page shows for a conversation id ("c-" and then the first six characters). */
    static String shortId(String conversationId) {
        return conversationId.substring(2, 8);
    }

    Locator waiting() {
        return page.locator("main .overview-queue__waiting");
    }

    Locator onDuty() {
        return page.locator("main .overview-on-duty");
    }

    Locator conversation(String conversationId) {
        return page.locator("main .live-conversation[data-conversation='" + shortId(conversationId) + "']");
    }

    Locator button(String accessibleName) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(accessibleName).setExact(true));
    }

    Locator readAlongButton(String conversationId) {
        return button("Meelezen met gesprek " + shortId(conversationId));
    }

    Locator blockButton(String conversationId) {
        return button("Apparaat blokkeren van gesprek " + shortId(conversationId));
    }

    Locator readAlong() {
        return page.getByRole(AriaRole.DIALOG);
    }

    Locator transcript() {
        return page.getByRole(AriaRole.LOG);
    }

    Locator confirmDialog() {
        return page.getByRole(AriaRole.ALERTDIALOG);
    }

    Locator status() {
        return page.locator("main [role=status].chat-coordinator__status");
    }

    Locator blocks() {
        return page.locator("main .overview-blocks");
    }

    Locator logRows() {
        return page.locator("main .overview-log__table tbody tr");
    }
}
