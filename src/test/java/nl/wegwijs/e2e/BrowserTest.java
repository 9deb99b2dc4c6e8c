package nl.wegwijs.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole portal on a random port (PostgreSQL), visited by a fresh Chromium profile per test. */
@PostgresTest
abstract class BrowserTest {

    static final int PHONE_WIDTH = 390;
    static final int DESKTOP_WIDTH = 1280;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        // A busy two-core machine: wait longer, never sleep.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/")
                .setViewportSize(DESKTOP_WIDTH, 900)
                .setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /**
     * Where every page must pass axe: each language once and each width once, Dutch on a phone (most
     * residents) and English on a desktop. All four pairs would double the slowest part of the test
     * run on a two-core machine and find little more: axe's checks hardly depend on the pairing.
     */
    static Stream<Arguments> languagesAndWidths() {
        return Stream.of(Arguments.of("nl", PHONE_WIDTH), Arguments.of("en", DESKTOP_WIDTH));
    }

    /** Whether a loop over languages and widths checks this pair (see {@link #languagesAndWidths()}). */
    static boolean checkedScreen(String language, int width) {
        return "nl".equals(language) ? width == PHONE_WIDTH : width == DESKTOP_WIDTH;
    }

    /** Staff pages (back office, editors, coordinators, the counter) are used at a desk, in Dutch. */
    static Stream<Arguments> staffScreen() {
        return Stream.of(Arguments.of("nl", DESKTOP_WIDTH));
    }

    /** Whether a loop over languages and widths on a staff page checks this pair (see {@link #staffScreen()}). */
    static boolean checkedStaffScreen(String language, int width) {
        return "nl".equals(language) && width == DESKTOP_WIDTH;
    }

    /** A second, separate browser (its own cookies), such as another person or another device. */
    BrowserContext otherBrowser() {
        return page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(DESKTOP_WIDTH, 900).setLocale("nl-NL"));
    }

    PortalPage portal() {
        return new PortalPage(page);
    }
}
