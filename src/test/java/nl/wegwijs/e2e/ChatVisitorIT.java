package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Route;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A visitor of the anonymous chat: the page, the keyboard, the quick exit, and a real conversation. */
class ChatVisitorIT extends BrowserTest {

    /** The configured exit page (application-test.properties), served here: no network needed. */
    static final String NEUTRAL = "https://neutral.test/weerbericht";

    ChatVisitorPage chat;

    @BeforeEach
    void serveTheNeutralPage() {
        page.context().route(NEUTRAL, route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200)
                .setContentType("text/html; charset=utf-8")
                .setBody("<!doctype html><html lang=\"nl\"><head><title>Weerbericht</title></head>"
                        + "<body><h1>Het weer vandaag</h1></body></html>")));
        chat = new ChatVisitorPage(page);
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void theWelcomeAndTheStartOfAChatPassAxe(String language, int width) {
        page.setViewportSize(width, 900);
        chat.openIn(language);
        assertThat(chat.heading()).hasText(language.equals("nl") ? "Anoniem praten" : "Talk anonymously");
        assertThat(chat.main()).containsText(language.equals("nl") ? "Een coördinator kan soms meelezen"
                : "A coordinator may sometimes read along");
        assertThat(chat.exitButton()).hasText(language.equals("nl") ? "Snel weg" : "Leave now");
        assertThat(chat.startButton()).hasText(language.equals("nl") ? "Start het gesprek" : "Start the conversation");
        chat.acuteAnswer(language.equals("nl") ? "Ja" : "Yes").click();
        assertThat(chat.urgentPanel()).isVisible();
        assertThat(chat.urgentPanel().locator("a[href='tel:112']")).isVisible();
        assertThat(chat.scrollsSideways()).as("reflow at %spx", width).isFalse();
        chat.assertAllTextsTranslated();
        chat.assertAccessible();
    }

    @Test
    void theQuickExitIsTheFirstStopInTheContentAndAskingIsKeyboardOnly() {
        page.setViewportSize(PHONE_WIDTH, 800);
        chat.openIn("nl");
        chat.skipLink().focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(chat.exitButton()).isFocused();

        page.keyboard().press("Tab");
        assertThat(chat.acuteAnswer("Ja")).isFocused();
        page.keyboard().press("Space");
        assertThat(chat.acuteAnswer("Ja")).hasAttribute("aria-pressed", "true");
        assertThat(chat.urgentPanel()).isVisible();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(chat.nickname()).isFocused();
        page.keyboard().type("Sam");
        page.keyboard().press("Tab");
        assertThat(chat.topic()).isFocused();
        page.keyboard().type("x".repeat(81));
        page.keyboard().press("Tab");
        assertThat(chat.startButton()).isFocused();
        page.keyboard().press("Enter");

        // Too long: a kind message at the field, the typed text kept, focus back on the field.
        assertThat(chat.topic()).isFocused();
        assertThat(chat.topic()).hasAttribute("aria-invalid", "true");
        assertThat(chat.topic()).hasValue("x".repeat(81));
        assertThat(page.locator("#" + chat.topic().getAttribute("aria-describedby").split(" ")[1]))
                .hasText("Dit onderwerp is 81 tekens. Gebruik er maximaal 80.");
        assertThat(chat.nickname()).hasValue("Sam");
    }

    @Test
    void quickExitButtonEndsTheChatLeavesNothingBehindAndTheBackButtonDoesNotReturn() throws Exception {
        try (var responder = StompResponder.onDuty(port, "volunteer", "demo")) {
            portal().open("");
            chat.openIn("nl");
            assertThat(page.title()).isEqualTo("Anoniem praten | Wegwijs");
            chat.start("Sam");
            String conversation = (String) responder.nextAssigned().get("conversationId");
            assertThat(chat.status()).containsText("is er nu voor u");
            assertThat(chat.storedEntries()).as("the chat keeps its tokens while it runs").isPositive();
            assertThat(page.title()).as("a neutral tab title while chatting").isEqualTo("Home | Wegwijs");

            chat.exitButton().click();
            assertThat(page).hasURL(NEUTRAL);
            assertThat(page).hasTitle("Weerbericht");
            var ended = responder.next("ended");
            assertThat(ended).containsEntry("conversationId", conversation).containsEntry("reason", "visitor-ended");
        }

        page.goBack();
        assertThat(page).not().hasURL(Pattern.compile("/praten"));
        assertThat(page).hasURL(Pattern.compile("localhost:" + port + "/$"));
        chat.waitUntilRendered();
        assertThat(chat.storedEntries()).isZero();
    }

    @Test
    void escapeTwiceIsTheSameQuickExit() {
        portal().open("");
        chat.openIn("nl");
        chat.start("Sam");
        assertThat(chat.closedHeading()).isVisible();
        assertThat(chat.storedEntries()).isPositive();

        page.keyboard().press("Escape");
        assertThat(page).hasURL(Pattern.compile("/praten"));
        page.keyboard().press("Escape");
        assertThat(page).hasURL(NEUTRAL);

        page.goBack();
        assertThat(page).not().hasURL(Pattern.compile("/praten"));
        chat.waitUntilRendered();
        assertThat(chat.storedEntries()).isZero();
    }

    @Test
    void withNobodyOnDutyTheVisitorIsToldAtOnceWithTheNationalLines() {
        page.setViewportSize(PHONE_WIDTH, 800);
        chat.openIn("nl");
        chat.start("Sam");
        assertThat(chat.closedHeading()).hasText("Er is nu niemand beschikbaar");
        assertThat(chat.closedHeading()).isFocused();
        assertThat(chat.closed()).containsText("op dit moment kan niemand chatten");
        assertThat(chat.closed().locator("a[href='tel:0880767000']")).hasText("De Luisterlijn: bel 088-0767 000 (dag en nacht)");
        assertThat(chat.closed().locator("a[href='tel:08000113']")).isVisible();
        assertThat(chat.closed().locator("a[href='tel:112']")).isVisible();
        assertThat(chat.messageField()).isHidden();
        chat.assertAccessible();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void aRunningConversationPassesAxe(String language, int width) throws Exception {
        page.setViewportSize(width, 900);
        try (var responder = StompResponder.onDuty(port, "volunteer", "demo")) {
            chat.openIn(language);
            chat.start("Sam");
            String conversation = (String) responder.nextAssigned().get("conversationId");
            chat.send("Hoi");
            responder.say(conversation, "Hallo Sam, fijn dat je er bent.");
            assertThat(chat.messages()).hasCount(2);
            assertThat(chat.ownMessages()).hasCount(1);
            assertThat(chat.scrollsSideways()).as("reflow at %spx", width).isFalse();
            chat.assertAllTextsTranslated();
            chat.assertAccessible();
        }
    }

    @Test
    void messagesFlowBothWaysInOrderAndADroppedConnectionLosesNothingAndDoublesNothing() throws Exception {
        page.setViewportSize(PHONE_WIDTH, 800);
        try (var responder = StompResponder.onDuty(port, "volunteer", "demo")) {
            chat.openIn("nl");
            chat.start("Sam");
            var assigned = responder.nextAssigned();
            String conversation = (String) assigned.get("conversationId");
            assertThat(assigned).containsEntry("nickname", "Sam");
            assertThat(chat.status()).containsText("is er nu voor u. U kunt typen.");
            assertThat(chat.messageField()).isFocused();

            chat.send("Hoi, ik voel me alleen");
            assertThat(responder.nextVisitorTexts(1)).containsExactly("Hoi, ik voel me alleen");
            responder.say(conversation, "Hallo Sam, fijn dat je er bent.");
            assertThat(chat.messages().nth(1)).containsText("Hallo Sam, fijn dat je er bent.");

            // Shift+Enter is a new line, Enter sends; the text arrives as text, markup and all.
            chat.messageField().pressSequentially("<b>regel een</b>");
            chat.messageField().press("Shift+Enter");
            chat.messageField().pressSequentially("regel twee");
            chat.messageField().press("Enter");
            assertThat(responder.nextVisitorTexts(1)).containsExactly("<b>regel een</b>\nregel twee");
            assertThat(chat.log().locator("b")).hasCount(0);

            page.context().setOffline(true);
            assertThat(chat.status()).containsText("De verbinding is weg");
            responder.say(conversation, "Ben je er nog?");
            responder.say(conversation, "Ik wacht rustig op je.");
            chat.send("Sorry, mijn verbinding viel weg");
            assertThat(chat.pendingMessages()).hasCount(1);
            assertThat(chat.pendingMessages()).containsText("Nog niet verstuurd");

            page.context().setOffline(false);
            assertThat(chat.status()).containsText("De verbinding is terug.");
            assertThat(chat.pendingMessages()).hasCount(0);
            assertThat(chat.messages()).hasCount(6);
            assertThat(chat.log().locator(".wc-msg__text").allTextContents()).containsExactly(
                    "Hoi, ik voel me alleen", "Hallo Sam, fijn dat je er bent.", "<b>regel een</b>\nregel twee",
                    "Ben je er nog?", "Ik wacht rustig op je.", "Sorry, mijn verbinding viel weg");
            assertThat(responder.nextVisitorTexts(1)).containsExactly("Sorry, mijn verbinding viel weg");
            // The reply after the drop arrives once, and nothing the visitor sent arrives twice.
            responder.say(conversation, "Fijn dat je er weer bent.");
            assertThat(chat.messages()).hasCount(7);
            assertThat(responder.drain()).noneMatch(event -> "message".equals(event.get("type"))
                    && "visitor".equals(event.get("from")));
        }
    }

    @Test
    void theEmbedExampleWorksOnThePortal() {
        page.setViewportSize(PHONE_WIDTH, 800);
        page.navigate("chat/embed-example.html");
        assertThat(chat.exitButton()).hasText("Snel weg");
        assertThat(chat.startButton()).hasText("Begin het gesprek");
        assertThat(chat.nickname()).isVisible();
        assertThat(chat.scrollsSideways()).isFalse();
        chat.assertAccessible();
    }

    @Test
    void aPartnerSiteAtAnotherOriginEmbedsTheChatWithOneScript() {
        try (var partner = PartnerSite.showingChat(port)) {
            page.navigate(partner.url());
            assertThat(chat.startButton()).hasText("Begin het gesprek");
            assertThat(page.locator("link[rel=stylesheet]")).hasAttribute("href",
                    "http://localhost:" + port + "/chat/wegwijs-chat.css");
            // Over the portal's WebSocket from the partner's origin: nobody is on duty, and it says so.
            chat.start("Sam");
            assertThat(chat.closedHeading()).hasText("Er is nu niemand beschikbaar");
            chat.assertAccessible();
        }
    }

    @Test
    void whileWaitingTheVisitorSeesAnHonestPlaceInLineTheAlternativesAndSomethingCalming() throws Exception {
        page.setViewportSize(PHONE_WIDTH, 800);
        try (var responder = StompResponder.onDuty(port, "volunteer", "demo");
                var other = page.context().browser().newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port + "/"))) {
            var otherChat = new ChatVisitorPage(other.newPage());
            otherChat.openIn("nl");
            otherChat.start("Eerste");
            String first = (String) responder.nextAssigned().get("conversationId");

            chat.openIn("nl");
            chat.start("Sam");
            assertThat(chat.status()).hasText(
                    Pattern.compile("^U bent de volgende\\. Verwachte wachttijd: \\d+ tot \\d+ minuten\\.$"));
            assertThat(chat.waiting()).isVisible();
            assertThat(chat.waiting()).containsText("Even rustig ademen");
            assertThat(chat.waiting().locator("a[href='tel:0880767000']")).isVisible();
            assertThat(chat.waiting().locator("a[href='tel:08000113']")).isVisible();
            chat.assertAccessible();

            // The conversation before this one ends: the responder comes to the visitor who waited.
            responder.end(first);
            assertThat(responder.nextAssigned()).containsEntry("nickname", "Sam");
            assertThat(chat.status()).containsText("is er nu voor u");
            assertThat(chat.waiting()).isHidden();
        }
    }
}
