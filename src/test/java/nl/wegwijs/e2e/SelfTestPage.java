package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The zelftest as a resident uses it: start a test, answer one question per screen, read the advice. */
class SelfTestPage extends PortalPage {

    SelfTestPage(Page page) {
        super(page);
    }

    SelfTestPage start(String title) {
        open("zelftest");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start de test: " + title)).click();
        assertThat(position()).isVisible();
        return this;
    }

    Locator position() {
        return page.locator(".selftest-position");
    }

    /** Picks an option (radio or checkbox) by its exact label. */
    SelfTestPage choose(String option) {
        page.getByLabel(option, new Page.GetByLabelOptions().setExact(true)).check();
        return this;
    }

    SelfTestPage type(String label, String text) {
        page.getByLabel(label).fill(text);
        return this;
    }

    /** Moves on and waits until the next question (or the advice) is there. */
    SelfTestPage next(String expectedPosition) {
        String before = position().textContent();
        button("Volgende vraag").click();
        assertThat(position()).hasText(expectedPosition);
        assertThat(position()).not().hasText(before);
        return this;
    }

    SelfTestPage toAdvice() {
        button("Bekijk mijn advies").click();
        assertThat(adviceHeading()).isVisible();
        return this;
    }

    Locator adviceHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uw advies"));
    }

    Locator advice(String title) {
        return page.locator("article.advice", new Page.LocatorOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    Locator crisis() {
        return page.locator(".selftest-crisis");
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Download downloadPdf() {
        return page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download advies (PDF)")).click());
    }
}
