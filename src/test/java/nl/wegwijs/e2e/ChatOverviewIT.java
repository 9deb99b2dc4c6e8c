package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator watches the listening ear live: sees who waits, reads along silently (and finds
 * it in the log), blocks the device of a conversation after confirming, and lifts the block.
 */
class ChatOverviewIT extends BrowserTest {

    private static final String DEVICE = "d-3b8f6c2e91a74d05b6e2c7f0a1d49e38";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noBlocksOrReadAlongs() {
        jdbc.update("DELETE FROM chat_device_block");
        jdbc.update("DELETE FROM chat_read_along");
    }

    @Test
    void coordinatorSeesTheQueueReadsAlongBlocksTheDeviceAndLiftsTheBlockByKeyboard() throws Exception {
        // Signed in first: the portal's first requests are slow on a busy machine, and a STOMP handshake times out.
        ChatOverviewPage overview = signedIn("coordinator");
        try (var volunteer = StompResponder.onDuty(port, "volunteer", "demo");
                var talking = new StompVisitor(port, DEVICE);
                var waiting = new StompVisitor(port, "d-another-device-5e0c1b7a9f2d4e68")) {
            String talkingId = talking.start();
            String conversationId = (String) volunteer.nextAssigned().get("conversationId");
            org.assertj.core.api.Assertions.assertThat(conversationId).isEqualTo(talkingId);
            talking.say("Ik voel me vanavond zo alleen");
            volunteer.nextVisitorTexts(1);
            String waitingId = waiting.start();
            waiting.next("queued");

            overview.open("nl");
            assertThat(overview.waiting()).hasText("Wachtend: 1");
            assertThat(overview.onDuty()).containsText("Demo volunteer · Vrijwilliger · 1 van 1 gesprekken bezet");
            assertThat(overview.conversation(waitingId)).containsText("Wacht op: Vrijwilliger");
            assertThat(overview.conversation(talkingId)).containsText("In gesprek met: Vrijwilliger");
            assertThat(overview.conversation(talkingId)).containsText("Hulpverlener: Demo volunteer");
            assertThat(overview.main()).not().containsText(DEVICE);

            overview.tabTo(overview.readAlongButton(talkingId));
            page.keyboard().press("Enter");
            assertThat(overview.readAlong()).containsText("U leest stil mee.");
            assertThat(overview.transcript()).containsText("Ik voel me vanavond zo alleen");
            talking.say("Ben je er nog?");
            volunteer.nextVisitorTexts(1);
            assertThat(overview.transcript().locator("li").last()).containsText("Ben je er nog?");
            overview.assertAccessible();
            page.keyboard().press("Escape");
            assertThat(overview.readAlong()).hasCount(0);
            assertThat(overview.logRows()).hasCount(1);
            assertThat(overview.logRows().first()).containsText("Demo coordinator");
            assertThat(overview.logRows().first()).containsText("Gesprek " + ChatOverviewPage.shortId(talkingId));

            overview.tabTo(overview.blockButton(talkingId));
            page.keyboard().press("Enter");
            Locator confirm = overview.confirmDialog();
            assertThat(confirm).containsText("Het gesprek van nu gaat gewoon door.");
            assertThat(confirm).containsText("De blokkade stopt vanzelf");
            overview.assertAccessible();
            confirm.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7 dagen")).check();
            confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, blokkeren")).focus();
            page.keyboard().press("Enter");
            assertThat(overview.status()).containsText(
                    "Het apparaat van gesprek " + ChatOverviewPage.shortId(talkingId) + " is geblokkeerd tot");
            assertThat(overview.status()).isFocused();
            assertThat(overview.blocks()).containsText("Door: Demo coordinator");
            try (var again = new StompVisitor(port, DEVICE)) {
                again.start();
                org.assertj.core.api.Assertions.assertThat(again.next("unavailable")).containsEntry("reason", "blocked");
            }
            talking.say("Het gesprek gaat door");
            org.assertj.core.api.Assertions.assertThat(volunteer.nextVisitorTexts(1)).containsExactly("Het gesprek gaat door");

            Locator lift = overview.blocks().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Blokkade opheffen van apparaat ")));
            overview.tabTo(lift);
            page.keyboard().press("Enter");
            assertThat(overview.status()).containsText("is opgeheven");
            assertThat(overview.blocks()).containsText("Er zijn nu geen apparaten geblokkeerd.");
            try (var welcome = new StompVisitor(port, DEVICE)) {
                welcome.start();
                welcome.next("queued");
            }
        }
    }

    @Test
    void aVolunteerCannotOpenTheOverview() {
        new LoginPage(page).open().signIn("volunteer", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        PortalPage denied = portal().open(ChatOverviewPage.PATH);
        assertThat(denied.heading()).hasText("U mag deze pagina niet bekijken");
        assertThat(denied.main()).not().containsText("Wachtrij nu");
        assertThat(denied.menu()).not().containsText("Overzicht luisterend oor");
    }

    @Test
    void theOverviewIsAccessibleInDutchAndEnglishOnAPhoneAndADesktop() throws Exception {
        ChatOverviewPage overview = signedIn("coordinator");
        try (var volunteer = StompResponder.onDuty(port, "volunteer", "demo");
                var visitor = new StompVisitor(port, DEVICE)) {
            String id = visitor.start();
            volunteer.nextAssigned();
            for (String language : new String[] {"nl", "en"}) {
                for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
                    if (!checkedStaffScreen(language, width)) {
                        continue;
                    }
                    page.setViewportSize(width, 900);
                    overview.open(language);
                    assertThat(overview.conversation(id)).isVisible();
                    overview.assertAllTextsTranslated();
                    overview.assertAccessible();
                    org.assertj.core.api.Assertions.assertThat(page.evaluate(
                            "document.documentElement.scrollWidth <= window.innerWidth")).as("no horizontal scrolling at %s",
                                    width).isEqualTo(true);
                }
            }
        }
    }

    private ChatOverviewPage signedIn(String username) {
        new LoginPage(page).open().signIn(username, "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return new ChatOverviewPage(page);
    }
}
