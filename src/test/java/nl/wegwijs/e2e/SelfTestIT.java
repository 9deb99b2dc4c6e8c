package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The zelftest in a real browser: a resident on a phone who reloads halfway, gets advice with its
 * reasons and services near them, takes the PDF and passes answers to a melding; a carer with a
 * heavy load; an urgent answer; a code to continue later; the editor's preview. Every page is
 * checked with axe.
 */
class SelfTestIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noUnfinishedMeldings() {
        UnfinishedMeldings.forget(jdbc);
    }

    @Test
    void aResidentOnAPhoneReloadsHalfwayGetsAdviceWithNearbyServicesAndStartsAPrefilledMelding() throws IOException {
        page.setViewportSize(PHONE_WIDTH, 800);
        var test = new SelfTestPage(page);
        test.open("zelftest");
        test.assertAccessible();
        test.start("Welke hulp past bij mij?");
        assertThat(test.position()).hasText("Vraag 1 van 12");
        test.assertAccessible();
        test.choose("Ja").next("Vraag 2 van 12");
        test.choose("Dat lukt met moeite").next("Vraag 3 van 13");
        test.choose("Boodschappen doen").choose("Koken");
        test.assertAccessible();
        test.next("Vraag 4 van 13");
        test.choose("Dat lukt goed").next("Vraag 5 van 13");

        page.reload();
        assertThat(test.position()).hasText("Vraag 5 van 13");
        test.button("Vorige vraag").click();
        assertThat(test.position()).hasText("Vraag 4 van 13");
        assertThat(page.getByLabel("Dat lukt goed", new Page.GetByLabelOptions().setExact(true))).isChecked();
        test.button("Vorige vraag").click();
        assertThat(page.getByLabel("Koken", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel("Boodschappen doen", new Page.GetByLabelOptions().setExact(true))).isChecked();
        test.next("Vraag 4 van 13").next("Vraag 5 van 13");

        test.choose("Vaak genoeg").next("Vraag 6 van 13");
        test.choose("Dat lukt goed").next("Vraag 7 van 13");
        test.choose("Ja").next("Vraag 8 van 13");
        test.choose("Het is krap").next("Vraag 9 van 13");
        test.choose("Ja").next("Vraag 10 van 13");
        test.choose("Goed").next("Vraag 11 van 13");
        test.choose("Nee").next("Vraag 12 van 13");
        test.choose("Een beetje").next("Vraag 13 van 13");
        test.type("Wat is uw postcode? Dan zoeken we hulp bij u in de buurt.", "7941 AB").toAdvice();

        assertThat(test.crisis()).isHidden();
        var shopping = test.advice("Hulp bij boodschappen en maaltijden");
        assertThat(shopping).containsText("Omdat u aangaf dat boodschappen doen of koken lastig is.");
        assertThat(shopping.locator(".advice-services li").first()).isVisible();
        // With a postcode, the services that have a place show how far away they are (delivery
        // services without one may rank first).
        assertThat(shopping.locator(".advice-services li").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d+ (meter|km)"))).first()).isVisible();
        assertThat(test.advice("Hulp bij geldzorgen")).containsText("Omdat u aangaf dat rondkomen lastig is.");
        assertThat(test.advice("Maak het uzelf makkelijker")).isVisible();
        assertThat(test.advice("Vraag mensen om u heen")).isVisible();
        assertThat(test.advice("Praat met iemand")).isHidden();
        test.assertAccessible();

        var download = test.downloadPdf();
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Welke hulp past bij mij?", "Hulp bij boodschappen en maaltijden",
                    "Omdat u aangaf dat rondkomen lastig is.", "Het is krap");
        }

        test.button("Doe een melding").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welke antwoorden geeft u door?")))
                .isVisible();
        test.assertAccessible();
        page.getByLabel("Kunt u rondkomen met uw geld? Het is krap").uncheck();
        test.button("Verder naar de melding").click();

        new LoginPage(page).signIn("resident", "demo");
        assertThat(page.locator("main h1")).hasText("Uw antwoorden uit de zelftest");
        assertThat(page.getByLabel("Huishouden en wonen")).hasValue(Pattern.compile(
                "Lukt het om uw huishouden te doen\\?.* Dat lukt met moeite\nWat is lastig\\? Boodschappen doen, Koken\n.*",
                Pattern.DOTALL));
        assertThat(page.getByLabel("Geld", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        test.assertAccessible();
        page.getByLabel("Huishouden en wonen").fill("Boodschappen en koken lukken niet meer goed.");
        test.button("Neem over in mijn melding").click();
        page.waitForURL("**/aanvragen/melding");
        assertThat(new MeldingPage(page).textArea("difficulties-household"))
                .hasValue(Pattern.compile(".*Boodschappen en koken lukken niet meer goed\\..*", Pattern.DOTALL));
    }

    @Test
    void aCarerWithAHeavyLoadIsAdvisedRespiteAndCarerSupport() {
        var test = new SelfTestPage(page).start("Wordt de zorg mij te veel?");
        test.choose("Meer dan 20 uur").next("Vraag 2 van 7");
        test.choose("5 – Veel te zwaar").next("Vraag 3 van 7");
        test.choose("Bijna geen").next("Vraag 4 van 7");
        test.choose("Nee, ik ben vaak uitgeput").next("Vraag 5 van 7");
        test.choose("Nee, ik doe het alleen").next("Vraag 6 van 7");
        test.choose("Nee").next("Vraag 7 van 7");
        test.toAdvice();

        assertThat(test.advice("Even vrij: respijtzorg")).containsText("Omdat u aangaf");
        assertThat(test.advice("Even vrij: respijtzorg").locator(".advice-services li").first()).isVisible();
        assertThat(test.advice("Steun voor mantelzorgers").locator(".advice-services li").first()).isVisible();
        assertThat(test.advice("Een melding bij de gemeente kan passen")).isVisible();
        test.assertAccessible();
    }

    @Test
    void anUrgentAnswerShowsTheCrisisLinesAndTheChatAtOnce() {
        var test = new SelfTestPage(page).start("Welke hulp past bij mij?");
        assertThat(test.crisis()).isHidden();
        test.choose("Nee");

        assertThat(test.crisis()).containsText("U hoeft dit niet alleen op te lossen");
        assertThat(test.crisis().locator("a[href='tel:112']")).isVisible();
        assertThat(test.crisis().locator("a[href='praten']")).isVisible();
        test.assertAccessible();
        test.choose("Ja");
        assertThat(test.crisis()).isHidden();
    }

    @Test
    void aSavedCodeBringsTheAnswersBackInAnotherBrowser() {
        var test = new SelfTestPage(page).start("Welke hulp past bij mij?");
        test.choose("Ja").next("Vraag 2 van 12");
        test.choose("Dat lukt niet").next("Vraag 3 van 13");
        test.button("Bewaren en later verder").click();
        String code = page.locator("#selftest-code").textContent();
        test.assertAccessible();
        test.button("Ik heb de code bewaard").click();

        var other = new SelfTestPage(otherBrowser().newPage());
        other.open("zelftest");
        other.page.getByLabel("Uw code").fill("nope");
        other.button("Verder met mijn antwoorden").click();
        assertThat(other.page.locator(".error-summary")).containsText("Deze code kennen wij niet");
        other.assertAccessible();
        other.page.getByLabel("Uw code").fill(code.toLowerCase());
        other.button("Verder met mijn antwoorden").click();
        assertThat(other.adviceHeading()).isVisible();
        assertThat(other.advice("Een melding bij de gemeente kan passen")).isVisible();
    }

    @Test
    void anEditorSeesWhichRuleFiresForAnyAnswers() {
        new LoginPage(page).open().signIn("editor", "demo");
        var preview = new PortalPage(page).open("redactie/zelftest");
        preview.assertAccessible();
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Welke hulp past bij mij?")).click();
        assertThat(page.locator(".selftest-preview-question").first()).containsText("veilig");
        assertThat(page.locator(".rule-fires")).hasCount(0);
        page.locator(".selftest-preview-question").nth(1)
                .getByLabel("Dat lukt niet", new Locator.GetByLabelOptions().setExact(true)).check();
        assertThat(page.locator(".rule-fires")).containsText(new String[] {"Gratis hulp bij uw vraag aan de gemeente",
                "Een melding bij de gemeente kan passen"});
        assertThat(page.locator(".selftest-preview-question", new Page.LocatorOptions().setHasText("vervoer-wat"))
                .locator(".selftest-preview-hidden")).isVisible();
    }
}
