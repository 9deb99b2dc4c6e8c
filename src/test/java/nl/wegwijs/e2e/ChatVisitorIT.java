package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    static Stream<Arguments> languagesAndWidths() {
        return Stream.of("nl", "en").flatMap(language ->
                Stream.of(PHONE_WIDTH, DESKTOP_WIDTH).map(width -> Arguments.of(language, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("languagesAndWidths")
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
    void quickExitButtonLeavesNothingBehindAndTheBackButtonDoesNotReturn() {
        portal().open("");
        chat.openIn("nl");
        chat.start("Sam");
        assertThat(chat.storedEntries()).as("the chat keeps its tokens while it runs").isPositive();
        assertThat(page.title()).isEqualTo("Home | Wegwijs");

        chat.exitButton().click();
        assertThat(page).hasURL(NEUTRAL);
        assertThat(page).hasTitle("Weerbericht");

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
}
