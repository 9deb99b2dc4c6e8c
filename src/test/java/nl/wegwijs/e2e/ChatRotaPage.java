package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The coordinators' rota of the listening ear: who is on duty now, the shift form and the week. */
class ChatRotaPage extends PortalPage {

    static final String PATH = "luisterend-oor/rooster";

    ChatRotaPage(Page page) {
        super(page);
    }

    ChatRotaPage open(String language) {
        super.open(PATH + "?lang=" + language);
        return this;
    }

    Locator field(String label) {
        return page.locator("main .rota-form").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /** The Vaadin field around the input with this label, where its error message shows. */
    Locator fieldWithError(String tag, String label) {
        return page.locator("main .rota-form " + tag, new Page.LocatorOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label))));
    }

    ChatRotaPage chooseResponder(String name) {
        page.locator("main .rota-form vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
        return this;
    }

    /** Types into a date or time picker and commits with Enter, which also closes its overlay. */
    ChatRotaPage type(String label, String value) {
        field(label).fill(value);
        field(label).press("Enter");
        assertThat(page.locator("vaadin-date-picker-overlay[opened], vaadin-time-picker-overlay[opened]")).hasCount(0);
        return this;
    }

    ChatRotaPage tick(String label) {
        field(label).check();
        return this;
    }

    void add() {
        page.locator("main .rota-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Dienst toevoegen")).click();
    }

    Locator status() {
        return page.locator("main [role=status]");
    }

    Locator onDutyNow() {
        return page.locator("main .rota-now");
    }

    Locator day(String heading) {
        return page.locator("main .rota-day", new Page.LocatorOptions().setHas(
                page.locator("h3", new Page.LocatorOptions().setHasText(heading))));
    }

    Locator shifts() {
        return page.locator("main .rota-shift");
    }

    void remove(String accessibleName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(accessibleName)).click();
    }

    Locator dialog() {
        return page.getByRole(AriaRole.ALERTDIALOG);
    }
}
