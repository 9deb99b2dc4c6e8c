package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Any page of the portal: the shell around it and what every page must satisfy. */
class PortalPage {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern MISSING_TRANSLATION = Pattern.compile("![a-z]+\\.[a-z0-9.-]+");

    final Page page;

    PortalPage(Page page) {
        this.page = page;
    }

    PortalPage open(String path) {
        page.navigate(path);
        waitUntilRendered();
        return this;
    }

    /** Vaadin renders the view after the first response; the main heading marks that it is there. */
    void waitUntilRendered() {
        assertThat(page.locator("main h1")).isVisible();
    }

    Locator heading() {
        return page.locator("main h1");
    }

    Locator main() {
        return page.locator("main");
    }

    Locator menu() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(
                Pattern.compile("Hoofdmenu|Main menu")));
    }

    Locator urgentHelpLink() {
        return page.locator("header .urgent-help-link");
    }

    Locator languageSwitch() {
        return page.locator("header .language-switch");
    }

    void switchLanguage() {
        languageSwitch().click();
        waitUntilRendered();
    }

    Locator skipLink() {
        return page.locator(".skip-link");
    }

    String documentLanguage() {
        return page.locator("html").getAttribute("lang");
    }

    void followEntry(String heading) {
        page.locator(".entry-card", new Page.LocatorOptions().setHasText(heading)).click();
        waitUntilRendered();
    }

    /**
     * Presses Tab, as someone without a mouse does, until the target has focus; fails when it is
     * never reached. Then checks the focus can be seen (an outline, a shadow, or Vaadin's focus ring).
     */
    void tabTo(Locator target) {
        for (int presses = 0; presses < 100; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("el => el === document.activeElement || el.contains(document.activeElement)")) {
                boolean visible = (Boolean) page.evaluate("() => { const a = document.activeElement;"
                        + " const s = getComputedStyle(a);"
                        + " return a.closest('[focus-ring]') !== null"
                        + " || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
                assertThat(visible).as("focus is visible on %s", target).isTrue();
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** Every user-facing text came from the bundles: none shows as {@code !key}. */
    void assertAllTextsTranslated() {
        String text = page.locator("body").innerText();
        assertThat(MISSING_TRANSLATION.matcher(text).find()).as("untranslated key in: %s", text).isFalse();
    }

    /** axe-core finds no WCAG 2.1 A or AA violation on the page as it is now. */
    void assertAccessible() {
        // Colours measured halfway through a dialog's fade-in are not the colours anyone reads:
        // let finite animations (opening overlays) finish first.
        // Overlays (Vaadin dialogs) animate inside shadow roots, which document.getAnimations() does not see.
        page.waitForFunction("() => { const animations = [];"
                + " const walk = root => { animations.push(...root.getAnimations());"
                + " root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot); }); };"
                + " walk(document);"
                + " return !document.querySelector('[opening], [closing]') && animations.every(a =>"
                + " a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity); }");
        var results = new AxeBuilder(page)
                .withTags(WCAG_21_AA)
                .exclude(List.of("vaadin-dev-tools", "copilot-main"))
                .analyze();
        assertThat(results.getViolations())
                .as("axe violations on %s at %spx:%n%s", page.url(), page.viewportSize().width,
                        describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
