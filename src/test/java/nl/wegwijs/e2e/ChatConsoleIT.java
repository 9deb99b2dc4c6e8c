package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.ChatOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Volunteers and crisis workers answer visitors in the responder console; visitors use the real /praten page. */
class ChatConsoleIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatDesk desk;

    @Autowired
    List<ChatOutbox> outboxes;

    private BrowserContext visitors;
    private BrowserContext colleague;

    @BeforeEach
    void everyoneInTheRotaIsOnDutyWhenAvailable() {
        jdbc.update("DELETE FROM chat_shift");
        visitors = newContext();
        colleague = newContext();
    }

    @AfterEach
    void leaveTheDeskAsItWas() {
        visitors.close();
        colleague.close();
        offDuty("volunteer", "ROLE_VOLUNTEER");
        offDuty("crisis", "ROLE_CRISIS_WORKER");
        offDuty("coordinator", "ROLE_COORDINATOR");
    }

    @Test
    void aVolunteerAnswersTwoVisitorsWithCannedResponsesAndACardAndEndsWithAnOutcome() {
        ChatConsolePage console = signedIn(page, "volunteer");
        assertThat(console.dutyStatus()).containsText("U bent niet in dienst");
        assertThat(console.queue()).hasCount(0);
        console.chooseCapacity(2);
        console.tabTo(console.dutyToggle());
        page.keyboard().press("Enter");
        assertThat(console.dutyStatus()).containsText("U bent in dienst. U heeft 0 van 2 gesprekken.");
        assertThat(console.shiftTimer()).containsText(Pattern.compile("In dienst sinds \\d\\d:\\d\\d, dat is 0 min\\."));
        assertThat(console.queue()).hasCount(0);

        ChatVisitorPage sam = visitor("Sam");
        assertThat(console.tab("Sam")).isVisible();
        assertThat(console.conversation().locator("h3")).hasText("Gesprek met Sam");
        sam.send("Hoi, ik voel me alleen");
        sam.send("Al een paar weken");
        assertThat(console.transcript()).hasCount(2);
        console.send("Hallo Sam, fijn dat je er bent.");
        assertThat(sam.messages().nth(2)).containsText("Hallo Sam, fijn dat je er bent.");
        sam.send("<b>Dank je</b>");
        assertThat(console.transcript()).hasCount(4);
        assertThat(console.transcript().nth(0)).containsText("Sam: Hoi, ik voel me alleen");
        assertThat(console.transcript().nth(1)).containsText("Sam: Al een paar weken");
        assertThat(console.transcript().nth(2)).containsText("U: Hallo Sam, fijn dat je er bent.");
        assertThat(console.transcript().nth(3)).containsText("Sam: <b>Dank je</b>");
        assertThat(console.conversation().locator("[role=log] b")).hasCount(0);

        // A second conversation arrives in its own tab; what Sam's responder is typing stays put.
        console.messageField().fill("Half geschreven");
        ChatVisitorPage kim = visitor("Kim");
        assertThat(console.tab("Kim")).isVisible();
        assertThat(console.dutyStatus()).containsText("U heeft 2 van 2 gesprekken.");
        kim.send("Is er iemand?");
        kim.send("Hallo?");
        assertThat(console.unread("Kim")).hasText("2 nieuw");
        assertThat(console.announcer()).hasText("Nieuw bericht van Kim. Ongelezen berichten: 2.");
        console.tab("Kim").click();
        assertThat(console.unread("Kim")).isEmpty();
        assertThat(console.conversation().locator("h3")).hasText("Gesprek met Kim");
        assertThat(console.transcript()).hasCount(2);
        console.tab("Sam").click();
        assertThat(console.messageField()).hasValue("Half geschreven");

        // A canned response goes into the box to be edited; Shift+Enter is a new line, Enter sends.
        console.messageField().fill("");
        console.cannedPicker().fill("Welkom");
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Welkom"))).isVisible();
        console.cannedPicker().press("Enter");
        assertThat(console.messageField()).hasValue(
                "Hoi, fijn dat je er bent. Ik ben er om naar je te luisteren. Waar wil je het over hebben?");
        console.messageField().press("End");
        console.messageField().press("Shift+Enter");
        console.messageField().pressSequentially("Ik ben Ria.");
        console.messageField().press("Enter");
        assertThat(sam.messages().last()).containsText("Waar wil je het over hebben?\nIk ben Ria.");
        assertThat(console.messageField()).hasValue("");

        // A sociale kaart card, found inside the console, reaches the visitor as text.
        console.button("Sociale kaart").click();
        console.dialog().locator("vaadin-text-field input").fill("Luisterlijn");
        console.dialog().locator("vaadin-text-field input").press("Enter");
        assertThat(console.dialog().locator("[role=status]")).containsText("Gevonden:");
        console.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Stuur De Luisterlijn: iemand om mee te praten in de chat")).click();
        assertThat(console.dialog()).hasCount(0);
        assertThat(sam.messages().last()).containsText("De Luisterlijn: iemand om mee te praten");
        assertThat(sam.messages().last()).containsText("Telefoon: 088-0767 000");
        assertThat(sam.messages().last()).containsText(Pattern.compile(
                "Meer informatie: http://localhost:\\d+/sociale-kaart/9a3e96de-c4a2-56ec-9af8-13ef59515092"));

        console.assertAllTextsTranslated();
        console.assertAccessible();

        // Ending asks for the outcome first, then ends for both sides.
        console.button("Gesprek beëindigen").click();
        console.dialog().getByText("Ja, beëindigen").click();
        assertThat(console.dialog()).containsText("Kies hoe het gesprek afliep.");
        console.dialog().getByText("Geluisterd").click();
        console.dialog().getByText("Ja, beëindigen").click();
        assertThat(console.notice()).hasText("Het gesprek is beëindigd.");
        assertThat(sam.closedHeading()).hasText("Het gesprek is afgelopen");
        assertThat(console.dutyStatus()).containsText("U heeft 1 van 2 gesprekken.");
        assertThat(console.breakPrompt()).isHidden();
        console.button("Tabblad sluiten").click();
        assertThat(console.tab("Sam")).hasCount(0);
        assertThat(console.conversation().locator("h3")).hasText("Gesprek met Kim");
    }

    @Test
    void aRiskTermRaisesTheAlertForTheCrisisWorkerWhoTakesOverWhileTheVolunteerStaysUntilThen() {
        ChatConsolePage volunteer = signedIn(page, "volunteer");
        volunteer.dutyToggle().click();
        assertThat(volunteer.dutyStatus()).containsText("U bent in dienst");
        ChatVisitorPage noor = visitor("Noor");
        assertThat(volunteer.tab("Noor")).isVisible();

        ChatConsolePage crisis = signedIn(colleague.newPage(), "crisis");
        crisis.dutyToggle().click();
        assertThat(crisis.dutyStatus()).containsText("U bent in dienst. U heeft 0 van 1 gesprekken.");
        String title = crisis.page.title();

        noor.send("ik denk aan zelfmoord");
        assertThat(crisis.alert()).containsText("Risicomelding");
        assertThat(crisis.page).hasTitle(Pattern.compile("^\\(!\\) Risicomelding"));
        assertThat(volunteer.alert()).containsText("Noor schreef iets wat op gevaar kan wijzen.");
        assertThat(crisis.tab("Noor")).isVisible();
        assertThat(crisis.tab("Noor")).containsText("Risico");
        assertThat(crisis.transcript().first()).containsText("Noor: ik denk aan zelfmoord");
        assertThat(volunteer.notice()).hasText("Een collega is in het gesprek gekomen. U kunt het gesprek nu verlaten.");
        assertThat(volunteer.breakPrompt()).containsText("Het gesprek met Noor was zwaar.");

        crisis.alert().getByText("Gezien").click();
        assertThat(crisis.alert()).isEmpty();
        assertThat(crisis.page).hasTitle(title);
        crisis.send("Ik ben er. Ben je nu veilig?");
        assertThat(noor.messages().last()).containsText("Ik ben er. Ben je nu veilig?");

        // Ending by keyboard alone: the button, an outcome with the arrow keys, the confirmation.
        crisis.tabTo(crisis.button("Gesprek beëindigen"));
        crisis.page.keyboard().press("Enter");
        assertThat(crisis.dialog()).containsText("Hoe liep het gesprek af?");
        crisis.tabTo(crisis.dialog().locator("vaadin-radio-button").first());
        crisis.page.keyboard().press("ArrowDown");
        crisis.page.keyboard().press("ArrowDown");
        assertThat(crisis.dialog().locator("vaadin-radio-button[checked]")).hasText("Crisis");
        crisis.tabTo(crisis.dialog().locator("vaadin-button", new Locator.LocatorOptions().setHasText("Ja, beëindigen")));
        crisis.page.keyboard().press("Enter");
        assertThat(noor.closedHeading()).hasText("Het gesprek is afgelopen");
        assertThat(crisis.breakPrompt()).containsText("Neem even pauze");
        crisis.breakPrompt().getByText("Uit dienst voor een pauze").click();
        assertThat(crisis.dutyStatus()).containsText("U bent niet in dienst");
        assertThat(crisis.breakPrompt()).isHidden();
    }

    @Test
    void coordinatorsSeeTheQueueAndTheConsoleIsAccessibleForThem() {
        ChatConsolePage console = signedIn(page, "coordinator");
        assertThat(console.menu()).containsText("Console luisterend oor");
        assertThat(console.queue()).containsText("Wachtrij");
        console.dutyToggle().click();
        assertThat(console.queue()).containsText("Wachtend: 0.");
        assertThat(console.queue()).containsText("In dienst: 1.");
        for (String language : List.of("nl", "en")) {
            for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
                if (!checkedStaffScreen(language, width)) {
                    continue;
                }
                page.setViewportSize(width, 900);
                console.open(language);
                console.assertAllTextsTranslated();
                console.assertAccessible();
            }
        }
    }

    @Test
    void aConsoleOpenInTwoTabsShowsTheSameConversationInBoth() {
        ChatConsolePage first = signedIn(page, "volunteer");
        first.dutyToggle().click();
        assertThat(first.dutyStatus()).containsText("U bent in dienst");
        ChatConsolePage second = new ChatConsolePage(page.context().newPage()).open("nl");
        assertThat(second.dutyStatus()).containsText("U bent in dienst");

        ChatVisitorPage lou = visitor("Lou");
        lou.send("Hoi");
        assertThat(first.transcript()).hasCount(1);
        assertThat(second.transcript()).hasCount(1);
        second.send("Hoi Lou, ik ben er.");
        assertThat(first.transcript().nth(1)).containsText("U: Hoi Lou, ik ben er.");
        assertThat(lou.messages().last()).containsText("Hoi Lou, ik ben er.");

        // The desk's inactivity warning (its timing is the engine's, ChatTimersTest) shows in the tab.
        String id = first.conversation().locator("h3").getAttribute("id").substring("console-heading-".length());
        var warning = ChatEvent.of("inactivity-warning", Instant.now(), "closesInSeconds", 120L, "conversationId", id);
        outboxes.forEach(outbox -> outbox.toResponder("volunteer", warning));
        String text = "Er is al een tijd niets geschreven. Het gesprek sluit over 2 min. als niemand iets schrijft.";
        assertThat(first.notice()).hasText(text);
        assertThat(second.notice()).hasText(text);

        second.page.close();
        lou.send("Fijn");
        assertThat(first.transcript()).hasCount(3);
        assertThat(first.dutyStatus()).containsText("U bent in dienst");
    }

    private ChatConsolePage signedIn(Page on, String username) {
        new LoginPage(on).open().signIn(username, "demo");
        assertThat(on.locator("header .sign-out")).isVisible();
        return new ChatConsolePage(on).open("nl");
    }

    private ChatVisitorPage visitor(String nickname) {
        var chat = new ChatVisitorPage(visitors.newPage()).openIn("nl");
        chat.start(nickname);
        assertThat(chat.status()).containsText("is er nu voor u");
        return chat;
    }

    private BrowserContext newContext() {
        return page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(DESKTOP_WIDTH, 900).setLocale("nl-NL"));
    }

    /** Ends what the responder still has and takes them off duty, as they would in their console. */
    private void offDuty(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role)));
        SecurityContextHolder.setContext(context);
        try {
            desk.rejoin().stream().filter(event -> event.type().equals("assigned"))
                    .forEach(event -> desk.responderEnd((String) event.get("conversationId"), "other"));
            desk.status(false, 1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
