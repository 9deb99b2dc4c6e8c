package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server dies hard (kill -9) right after the resident finished step 2; started again on the
 * same PostgreSQL database, it brings the resident back to step 3 with steps 1 and 2 intact.
 */
class MeldingSurvivesKillIT {

    private static final String DB_URL = System.getenv().getOrDefault("WEGWIJS_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/wegwijs_test");
    private static final String DB_USER = System.getenv().getOrDefault("WEGWIJS_TEST_DB_USER", "wegwijs");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("WEGWIJS_TEST_DB_PASSWORD", "wegwijs");
    private static final String DIFFICULTY = "Ik kan niet meer zelf douchen.";

    @Test
    void aMeldingSavedAtStepTwoSurvivesKillNineAndARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("wegwijs-kill-");
        Path log = Path.of("target/melding-survives-kill/portal.log");
        List<String> arguments = List.of("--spring.datasource.url=" + DB_URL, "--spring.datasource.username=" + DB_USER,
                "--spring.datasource.password=" + DB_PASSWORD, "--wegwijs.data-dir=" + dataDir,
                "--wegwijs.demo-accounts=true", "--wegwijs.directory.load-sample=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off");
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            try (PortalProcess first = PortalProcess.start(arguments, log)) {
                first.awaitReady(Duration.ofMinutes(5));
                forgetUnfinishedMeldings();
                BrowserContext context = newContext(browser, first.port);
                MeldingPage wizard = new MeldingPage(context.newPage()).signIn("resident").openWizard().atStep(1);
                wizard.next().atStep(2).fillDifficulties(DIFFICULTY).next().atStep(3);
                context.close();

                first.kill();
                assertThat(first.exitCode()).as("killed by SIGKILL").isEqualTo(137);
            }
            try (PortalProcess second = PortalProcess.start(arguments, log)) {
                second.awaitReady(Duration.ofMinutes(5));
                BrowserContext context = newContext(browser, second.port);
                MeldingPage wizard = new MeldingPage(context.newPage()).signIn("resident").openWizard();
                wizard.atStep(3);
                wizard.back().atStep(2);
                assertThat(wizard.textArea("difficulties-household")).hasValue(DIFFICULTY);
                wizard.back().atStep(1);
                assertThat(context.pages().getFirst().locator("main .melding-for vaadin-radio-button[checked]"))
                        .containsText("Mijzelf");
                context.close();
            }
        }
    }

    private static BrowserContext newContext(Browser browser, int port) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(1280, 900).setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static void forgetUnfinishedMeldings() throws Exception {
        try (var connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM wmo_document WHERE case_id IS NULL");
            statement.executeUpdate("DELETE FROM melding_draft WHERE submitted_case IS NULL");
        }
    }
}
