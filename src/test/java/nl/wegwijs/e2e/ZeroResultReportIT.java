package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An editor sees what residents searched for in vain and fixes it with one click and a dialog. */
class ZeroResultReportIT extends BrowserTest {

    @Test
    void editorAddsASynonymForASearchWithoutResultsAndTheReportShowsItNowFindsServices() {
        residentSearchesFor("portemonneestress");
        ZeroResultReportPage report = signedInReport("nl");
        assertThat(report.row("portemonneestress")).containsText("geen diensten");

        ZeroResultReportPage.Dialog dialog = report.addSynonymFor("portemonneestress");
        assertThat(dialog.field("Woord dat inwoners typen")).hasValue("portemonneestress");
        dialog.save();
        assertThat(dialog.field("Woorden die de sociale kaart gebruikt")).hasAttribute("invalid", "");
        assertThat(dialog.root()).containsText("Vul minstens één woord in dat de sociale kaart gebruikt.");
        dialog.field("Woorden die de sociale kaart gebruikt").fill("schulden, schuldhulp");
        dialog.save();

        assertThat(dialog.opened()).hasCount(0);
        assertThat(report.status()).containsText(Pattern.compile("Opgeslagen\\. Wie ‘portemonneestress’ zoekt, vindt nu \\d+ diensten"));
        assertThat(report.status()).isFocused();
        assertThat(report.foundNow("portemonneestress")).hasText(Pattern.compile("\\d+ diensten"));
        assertThat(report.addedWords()).containsText(new String[] {"‘portemonneestress’ vindt ook: schulden, schuldhulp"});

        report.remove("portemonneestress");
        assertThat(report.status()).containsText("‘portemonneestress’ is verwijderd.");
        assertThat(report.foundNow("portemonneestress")).hasText("geen diensten");
        assertThat(report.addedWords()).hasCount(0);
    }

    @Test
    void reportAndItsDialogAreAccessibleInDutchAndEnglishOnAPhoneAndADesktop() {
        residentSearchesFor("museummaatje");
        new LoginPage(page).open().signIn("editor", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        for (String language : new String[] {"nl", "en"}) {
            for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
                if (!checkedStaffScreen(language, width)) {
                    continue;
                }
                page.setViewportSize(width, 900);
                ZeroResultReportPage report = new ZeroResultReportPage(page).open(language);
                report.assertAllTextsTranslated();
                report.assertAccessible();
                assertNoHorizontalScrolling();

                ZeroResultReportPage.Dialog dialog = report.splitCompoundFor("museummaatje");
                assertThat(dialog.root()).hasAccessibleName(
                        Pattern.compile("Samengesteld woord splitsen|Split a compound word"));
                assertThat(dialog.field(language.equals("nl") ? "Delen van het woord" : "Parts of the word"))
                        .isFocused();
                report.assertAccessible();
                dialog.close();
                assertThat(dialog.opened()).hasCount(0);
            }
        }
        page.setViewportSize(320, 900);
        new ZeroResultReportPage(page).open("nl");
        assertNoHorizontalScrolling();
    }

    private void assertNoHorizontalScrolling() {
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no horizontal scrolling").isEqualTo(true);
    }

    private void residentSearchesFor(String query) {
        var response = page.request().get("api/directory/search?q=" + query.replace(" ", "+"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("\"total\":0");
    }

    private ZeroResultReportPage signedInReport(String language) {
        new LoginPage(page).open().signIn("editor", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
        return new ZeroResultReportPage(page).open(language);
    }
}
