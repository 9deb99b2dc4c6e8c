package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sociale kaart's search page: search form, filters with counts, result cards. */
class DirectorySearchPage extends PortalPage {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    DirectorySearchPage(Page page) {
        super(page);
    }

    /** Opens the search page with a query string ("" or "?q=..."). */
    DirectorySearchPage visit(String query) {
        open("sociale-kaart" + query);
        return this;
    }

    DirectorySearchPage search(String text) {
        searchBox().fill(text);
        searchBox().press("Enter");
        return this;
    }

    Locator searchBox() {
        return page.locator("#directory-q");
    }

    /** The options of the search box's datalist. */
    Locator completions() {
        return page.locator("#directory-q-suggestions option");
    }

    Locator postcode() {
        return page.locator("#directory-postcode");
    }

    Locator postcodeError() {
        return page.locator("#directory-postcode-error");
    }

    DirectorySearchPage searchNear(String postcode) {
        postcode().fill(postcode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(Zoeken|Search)$")))
                .click();
        return this;
    }

    /** "12 resultaten voor ‘x’": the heading over the results. */
    Locator resultsHeading() {
        return page.locator(".directory-search__status h2");
    }

    long shownTotal() {
        assertThat(resultsHeading()).isVisible();
        Matcher number = Pattern.compile("(\\d[\\d.]*)").matcher(resultsHeading().innerText());
        return number.find() ? Long.parseLong(number.group(1).replace(".", "")) : 0;
    }

    Locator cards() {
        return page.locator(".result-card");
    }

    Locator distances() {
        return page.locator(".result-card__distance");
    }

    List<String> cardNames() {
        return page.locator(".result-card h3").allInnerTexts();
    }

    Locator suggestion() {
        return page.locator(".directory-search__suggestion a, .no-results a").first();
    }

    /** A filter choice by its label, such as "Gratis" (escaped by hand: Java's \\Q..\\E means nothing to the browser). */
    Locator filter(String label) {
        return page.locator(".filter-panel vaadin-checkbox", new Page.LocatorOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + label.replaceAll("[^\\p{L}\\p{N} ]", "\\\\$0") + " \\(\\d+\\)$")))));
    }

    /** The number a filter choice promises, from its label "Gratis (12)". */
    long promised(String label) {
        Matcher matcher = COUNT.matcher(filter(label).locator("label").innerText());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    Locator categoryTiles() {
        return page.locator(".category-tiles a");
    }

    Locator noResults() {
        return page.locator(".no-results");
    }

    Locator crisisPanel() {
        return page.locator(".crisis-panel");
    }

    /** The page reflows at this width: nothing wider than the window, so no sideways scrolling. */
    boolean fitsWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
