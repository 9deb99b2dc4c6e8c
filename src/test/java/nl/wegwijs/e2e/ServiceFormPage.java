package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The editor's form for one service (new or existing), with its status buttons and warnings. */
class ServiceFormPage extends PortalPage {

    ServiceFormPage(Page page) {
        super(page);
    }

    ServiceFormPage openNew(String language) {
        open("redactie/sociale-kaart/nieuw" + language);
        return this;
    }

    ServiceFormPage openService(String id) {
        open("redactie/sociale-kaart/" + id);
        assertThat(field("Naam van het aanbod")).not().hasValue("");
        return this;
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    ServiceFormPage fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** A radio button or checkbox by its label. */
    ServiceFormPage choose(String label) {
        field(label).check();
        return this;
    }

    ServiceFormPage chooseOrganization(String name) {
        field("Organisatie").fill(name.substring(0, 8));
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(name)).first().click();
        assertThat(field("Organisatie")).hasValue(name);
        return this;
    }

    ServiceFormPage addLocation(String name, String street, String postcode, String city) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Locatie toevoegen")).click();
        Locator location = group("Locatie 1");
        location.getByLabel("Naam van de locatie").fill(name);
        location.getByLabel("Straat en huisnummer").fill(street);
        location.getByLabel("Postcode").fill(postcode);
        location.getByLabel("Plaats").fill(city);
        return this;
    }

    ServiceFormPage addHours(String day, String opens, String closes) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Openingstijd toevoegen")).click();
        Locator row = group("Openingstijd 1");
        row.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(day)).click();
        row.getByLabel("Open vanaf").fill(opens);
        row.getByLabel("Open vanaf").press("Tab");
        row.getByLabel("Open tot").fill(closes);
        row.getByLabel("Open tot").press("Tab");
        return this;
    }

    Locator group(String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The Vaadin field around the input with this label, where its error message shows. */
    Locator fieldWithError(Locator scope, String tag, String label) {
        return scope.locator(tag, new Locator.LocatorOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label))));
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    Locator notice() {
        return page.locator(".editor-notice");
    }

    Locator errorSummary() {
        return page.locator(".error-summary");
    }

    Locator conflict() {
        return page.locator(".editor-conflict");
    }

    Locator history() {
        return page.locator(".editor-history");
    }

    /** The id in the address, once the browser shows the saved service's own address. */
    String serviceId() {
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/redactie/sociale-kaart/[0-9a-f-]{36}(\\?.*)?$"));
        return page.url().replaceAll(".*/redactie/sociale-kaart/([^/?]+).*", "$1");
    }
}
