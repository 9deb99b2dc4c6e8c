package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A resident searching the sociale kaart on the sample directory, in a real Chromium. */
class DirectorySearchIT extends BrowserTest {

    private DirectorySearchPage searchPage() {
        return new DirectorySearchPage(page);
    }

    @Test
    void aTypoGetsASuggestionThatSearchesTheRightWord() {
        DirectorySearchPage search = searchPage().visit("");
        search.search("mantelzrog");
        assertThat(page).hasURL(Pattern.compile("sociale-kaart\\?q=mantelzrog$"));
        assertThat(page.getByText("Bedoelde u:")).isVisible();
        assertThat(search.suggestion()).hasText("mantelzorg");

        search.suggestion().click();
        assertThat(page).hasURL(Pattern.compile("q=mantelzorg$"));
        assertThat(page).hasTitle(Pattern.compile("^‘mantelzorg’ – Hulp in de buurt zoeken \\| Wegwijs$"));
        assertThat(search.resultsHeading()).containsText("voor ‘mantelzorg’");
        assertThat(search.cards().first()).isVisible();
    }

    @Test
    void freeOpenNowAndAPostcodeChangeCountsAndDistancesAndTheBackButtonUndoesThem() {
        DirectorySearchPage search = searchPage().visit("?q=ontmoeten");
        long all = search.shownTotal();
        assertThat(search.distances()).hasCount(0);

        search.searchNear("7941");
        assertThat(search.distances().first()).isVisible();
        List<String> nearCentre = search.distances().allInnerTexts();
        search.searchNear("7957");
        assertThat(search.distances().first()).isVisible();
        page.waitForCondition(() -> !search.distances().allInnerTexts().equals(nearCentre));

        long free = search.promised("Gratis");
        assertThat(free).isPositive().isLessThan(all);
        search.filter("Gratis").locator("label").click();
        assertThat(page).hasURL(Pattern.compile("gratis=ja"));
        assertThat(search.resultsHeading()).containsText(free + " resultaten");
        assertThat(search.filter("Gratis")).hasAttribute("checked", "");

        long openNow = search.promised("Nu open");
        search.filter("Nu open").locator("label").click();
        assertThat(page).hasURL(Pattern.compile("open-nu=ja"));
        if (openNow > 0) {
            assertThat(search.resultsHeading()).containsText(openNow + (openNow == 1 ? " resultaat" : " resultaten"));
        } else {
            assertThat(search.noResults()).containsText("Zet alle filters uit");
        }

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("q=ontmoeten&gratis=ja$"));
        assertThat(search.resultsHeading()).containsText(free + " resultaten");
        page.goBack();
        assertThat(search.resultsHeading()).containsText(all + " resultaten");
        assertThat(search.filter("Gratis")).not().hasAttribute("checked", "");
    }

    @Test
    void aResultLeadsToTheServicePageWithANumberToCall() {
        DirectorySearchPage search = searchPage().visit("?q=schulden");
        String name = search.cardNames().getFirst();
        search.cards().first().locator("h3 a").click();
        assertThat(page).hasURL(Pattern.compile("/sociale-kaart/[^/?]+$"));
        assertThat(search.heading()).hasText(name);
        assertThat(page.locator("main a[href^='tel:']").first()).isVisible();
        assertThat(page.locator("main a[href^='tel:']").first()).hasAttribute("href", Pattern.compile("^tel:\\+?\\d{3,}$"));
        page.goBack();
        assertThat(search.resultsHeading()).containsText("voor ‘schulden’");
    }

    @Test
    void thePostcodeIsRememberedInTheBrowserAndAWrongOneIsExplainedWithoutLosingIt() {
        DirectorySearchPage search = searchPage().visit("?q=eten");
        search.searchNear("12");
        assertThat(search.postcodeError()).containsText("4 cijfers");
        assertThat(search.postcode()).hasValue("12");
        assertThat(search.postcode()).hasAttribute("aria-invalid", "true");
        search.searchNear("9999");
        assertThat(search.postcodeError()).containsText("kennen we niet");

        search.searchNear("7942");
        assertThat(search.postcodeError()).isHidden();
        assertThat(search.distances().first()).isVisible();
        assertThat(page).hasURL(Pattern.compile("q=eten$")); // the postcode never goes into the address

        search.visit("?q=eten");
        assertThat(search.postcode()).hasValue("7942");
        assertThat(search.distances().first()).isVisible();
    }

    @Test
    void nothingTypedShowsSubjectsAndNothingFoundShowsAWayOn() {
        DirectorySearchPage search = searchPage().visit("");
        assertThat(search.categoryTiles().first()).isVisible();
        assertThat(search.crisisPanel().locator("a[href='tel:112']")).isVisible();
        String subject = search.categoryTiles().first().innerText().lines().findFirst().orElseThrow();
        search.categoryTiles().first().click();
        assertThat(page).hasURL(Pattern.compile("categorie="));
        assertThat(search.cards().first()).isVisible();
        assertThat(page.locator(".filter-panel vaadin-checkbox[checked]")).containsText(subject);

        search.visit("").search("qqxyzzy vloekwoord");
        assertThat(search.noResults()).containsText("We hebben niets gevonden voor ‘qqxyzzy vloekwoord’");
        assertThat(search.noResults().locator("a[href^='tel:']")).isVisible();
        assertThat(search.noResults().locator("a[href='praten']")).isVisible();
        assertThat(search.noResults().locator(".category-tiles a").first()).isVisible();
    }

    @Test
    void typingOffersCompletionsFromTheDirectory() {
        DirectorySearchPage search = searchPage().visit("");
        search.searchBox().pressSequentially("mantel");
        assertThat(search.completions().first()).hasAttribute("value", Pattern.compile("^mantel"));
    }

    @Test
    void worksByKeyboardAlone() {
        DirectorySearchPage search = searchPage().visit("");
        search.tabTo(search.searchBox());
        page.keyboard().type("maaltijd");
        page.keyboard().press("Enter");
        assertThat(search.cards().first()).isVisible();
        search.tabTo(search.filter("Gratis").locator("input"));
        page.keyboard().press("Space");
        assertThat(page).hasURL(Pattern.compile("gratis=ja"));
        assertThat(search.filter("Gratis")).hasAttribute("checked", "");
        // focus stays on the filter the visitor just used
        assertThat(search.filter("Gratis").locator("input")).isFocused();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void everyStateOfTheSearchPagePassesAxeAndReflows(String language, int width) {
        page.setViewportSize(width, 900);
        DirectorySearchPage search = searchPage();
        for (String query : List.of("", "?q=mantelzrog", "?q=ontmoeten&gratis=ja&pagina=2", "?q=qqxyzzy")) {
            search.visit(query + (query.isEmpty() ? "?" : "&") + "lang=" + language);
            assertThat(search.crisisPanel()).isVisible();
            search.assertAllTextsTranslated();
            search.assertAccessible();
        }
        page.setViewportSize(320, 800);
        search.visit("?q=ontmoeten&lang=" + language);
        assertThat(search.cards().first()).isVisible();
        assertThat(search.fitsWidth()).as("no sideways scrolling at 320 px").isTrue();
    }
}
