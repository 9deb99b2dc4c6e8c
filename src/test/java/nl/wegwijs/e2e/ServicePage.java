package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** A service of the sociale kaart at /sociale-kaart/{id}. */
class ServicePage extends PortalPage {

    ServicePage(Page page) {
        super(page);
    }

    /** Opens the page and answers the HTTP response of the first load. */
    Response open(String id, String language) {
        Response response = page.navigate("sociale-kaart/" + id + (language == null ? "" : "?lang=" + language));
        waitUntilRendered();
        return response;
    }

    Locator hoursRow(String day) {
        return page.locator(".opening-hours__table tbody tr", new Page.LocatorOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^" + day + "$")))));
    }

    Locator locations() {
        return page.locator(".service-location");
    }

    Locator phoneLinks() {
        return page.locator("main a[href^='tel:'].service-contact__phone");
    }

    Locator routeLinks() {
        return page.locator("main a.route-link");
    }

    Locator relatedLinks() {
        return page.locator(".related-services li a");
    }

    Locator summary() {
        return page.locator(".service-summary");
    }

    Locator printButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Printen|Print")));
    }

    Locator shareButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Deel deze pagina|Share this page")));
    }

    Locator shareStatus() {
        return page.locator(".page-actions [role=status]");
    }

    Locator shareFallbackLink() {
        return page.getByLabel(Pattern.compile("Kopieer deze link zelf|Copy this link yourself"));
    }

    String structuredData() {
        return page.locator("script[type='application/ld+json']").textContent();
    }

    /** Whether the page is wider than the window, so that the visitor would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    }
}
