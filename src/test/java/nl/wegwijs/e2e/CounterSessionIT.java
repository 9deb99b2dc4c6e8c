package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A front-desk employee helps a walk-in: starts a counter session, hands over a PDF, and leaves the counter. */
class CounterSessionIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noSessionLeftOpen() {
        jdbc.update("update representation set status = 'ENDED', ended_at = now() where id in"
                + " (select representation_id from counter_session where ended_at is null)");
        jdbc.update("update counter_session set ended_at = now(), end_reason = 'BY_EMPLOYEE' where ended_at is null");
    }

    @Test
    void frontDeskStartsAfterOneMistakeHandsOverThePdfAndEndsTheSession() throws IOException {
        signInAsFrontDesk();
        CounterPage counter = new CounterPage(page).openCounter("nl");
        counter.fill("999990068", "Hanna Hoekstra", 0, "12", true).start();

        assertThat(counter.errorSummary()).containsText("Vul precies 4 letters of cijfers in");
        assertThat(counter.input("counter-bsn")).hasValue("999990068");
        assertThat(counter.input("counter-name")).hasValue("Hanna Hoekstra");
        assertThat(page.locator(".counter-last4")).hasAttribute("invalid", "");

        counter.last4("NX4B").start();
        assertThat(counter.helping()).hasText("U helpt nu: Hanna Hoekstra (BSN ******068) aan de balie");

        counter.open("sociale-kaart");
        assertThat(counter.notice()).containsText("U helpt nu: Hanna Hoekstra (BSN ******068) aan de balie");
        counter.notice().getByText("Naar de balie-sessie").click();
        assertThat(counter.helping()).isVisible();

        try (var pdf = Loader.loadPDF(counter.downloadHandOver())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Hanna Hoekstra (BSN ******068)", "Demo frontdesk", "log in met DigiD")
                    .doesNotContain("999990068", "NX4B");
        }

        counter.openEndDialog("Balie-sessie afsluiten?");
        counter.confirmEnd("Ja, afsluiten");
        assertThat(counter.status()).hasText("De balie-sessie met Hanna Hoekstra is afgesloten.");
        assertThat(counter.input("counter-bsn")).isVisible();
        assertThat(endReasonFor("999990068")).isEqualTo("BY_EMPLOYEE");
        counter.open("sociale-kaart");
        assertThat(counter.notice()).hasCount(0);
    }

    @Test
    void signingOutEndsTheCounterSession() {
        signInAsFrontDesk();
        CounterPage counter = new CounterPage(page).openCounter("nl");
        counter.fill("999990081", "Ids Idema", 2, "ZZ99", true).start();
        assertThat(counter.helping()).isVisible();

        page.locator("header .sign-out").click();
        assertThat(page.locator("header .sign-in")).isVisible();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (endReasonFor("999990081") == null && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(endReasonFor("999990081")).isIn("SIGNED_OUT", "SESSION_ENDED");
        assertThat(jdbc.queryForObject("select count(*) from representation where representee_bsn = '999990081'"
                + " and basis = 'COUNTER' and status = 'ACTIVE'", Integer.class)).isZero();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#staffScreen")
    void theCounterPagesPassAxe(String language, int width) {
        page.setViewportSize(width, 900);
        signInAsFrontDesk();
        CounterPage counter = new CounterPage(page).openCounter(language);
        counter.assertAccessible();

        counter.start();
        assertThat(counter.errorSummary()).isVisible();
        counter.assertAllTextsTranslated();
        counter.assertAccessible();

        counter.fill("999990093", "Jet Jansma", 1, "AB12", true).start();
        assertThat(counter.helping()).isVisible();
        counter.assertAllTextsTranslated();
        counter.assertAccessible();

        counter.open("zelftest?lang=" + language);
        assertThat(counter.notice()).isVisible();
        counter.assertAccessible();

        boolean dutch = language.equals("nl");
        counter.openCounter(language).openEndDialog(dutch ? "Balie-sessie afsluiten?" : "End the counter session?");
        counter.assertAccessible();
        counter.confirmEnd(dutch ? "Ja, afsluiten" : "Yes, end it");
        assertThat(counter.status()).isVisible();
        counter.assertAccessible();
    }

    private void signInAsFrontDesk() {
        new LoginPage(page).open().signIn("frontdesk", "demo");
        assertThat(page.locator("header .sign-out")).isVisible();
    }

    private String endReasonFor(String bsn) {
        return jdbc.queryForList("select end_reason from counter_session where resident_bsn = ?"
                + " order by started_at desc limit 1", String.class, bsn).stream().findFirst().orElse(null);
    }
}
