package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A resident opens a service of the sociale kaart; a partner shows the embeddable card on their site. */
class ServicePageIT extends BrowserTest {

    /** Budgetcoach: one location, morning and evening hours of two kinds, free, no referral needed. */
    static final String BUDGET_COACH = "fe31649e-8f51-5bbd-9324-4de5f5686e4e";
    /** Buurtbus: two stops (locations). */
    static final String NEIGHBOURHOOD_BUS = "6b06c2ef-0e22-571d-a6c2-8076d7ddfe34";
    /** In the sample data but inactive. */
    static final String INACTIVE = "695fe770-793f-5ffd-a2ce-3d4756a64fcd";

    @Test
    void residentSeesWhatWhenAndWhereAndCanCallOrPlanARoute() {
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);

        assertThat(service.heading()).hasText("Budgetcoach: grip op uw geld");
        assertThat(page.title()).isEqualTo("Budgetcoach: grip op uw geld | Wegwijs");
        assertThat(service.main()).containsText("Aangeboden door Stichting Geldwijs Meppel");
        assertThat(service.summary()).containsText("Nee. U kunt zelf langskomen of zelf contact opnemen.");
        assertThat(service.summary()).containsText("Gratis");

        assertThat(service.hoursRow("maandag")).containsText("09:00–12:00 (Telefonisch spreekuur)");
        assertThat(service.hoursRow("dinsdag")).containsText("19:00–21:00 (Avondspreekuur op kantoor)");
        assertThat(service.hoursRow("zondag")).containsText("gesloten");

        assertThat(service.locations()).hasCount(1);
        assertThat(service.locations()).containsText("Kerkstraat 7");
        assertThat(service.phoneLinks().first()).hasAttribute("href", "tel:0522022310");
        assertThat(service.phoneLinks().first()).hasText("Bel 0522-022 310");
        assertThat(service.routeLinks()).hasCount(1);
        assertThat(service.routeLinks()).hasAttribute("target", "_blank");
        assertThat(service.routeLinks()).hasAttribute("href", Pattern.compile("destination=Kerkstraat\\+7"));
        assertThat(service.routeLinks()).hasAccessibleName(Pattern.compile("Route plannen naar Kerkstraat 7.*nieuw tabblad"));
        assertThat(service.main()).containsText("Deze informatie is gecontroleerd op");
        service.assertAllTextsTranslated();
    }

    @Test
    void everyLocationHasItsAddressAndItsOwnRouteLink() {
        ServicePage service = new ServicePage(page);
        service.open(NEIGHBOURHOOD_BUS, null);
        assertThat(service.locations()).hasCount(2);
        assertThat(service.routeLinks()).hasCount(2);
        assertThat(service.routeLinks().nth(1)).hasAttribute("href", Pattern.compile("destination=Stationsweg\\+1"));
    }

    @Test
    void relatedServicesAreOthersInTheSameCategoryAndLeadToTheirPage() {
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);
        assertThat(page.locator(".related-services h2")).hasText("Meer hulp bij: Geld en schulden");
        int related = service.relatedLinks().count();
        assertThat(related).isBetween(1, 5);
        for (int i = 0; i < related; i++) {
            assertThat(service.relatedLinks().nth(i).getAttribute("href")).doesNotContain(BUDGET_COACH);
        }
        String other = service.relatedLinks().first().textContent();
        service.relatedLinks().first().click();
        assertThat(service.heading()).hasText(other);
        assertThat(page).hasURL(Pattern.compile("/sociale-kaart/[0-9a-f-]{36}$"));
        assertThat(page.locator("script[type='application/ld+json']")).hasCount(1);
    }

    @Test
    void structuredDataNamesTheServiceForSearchEngines() {
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);
        JsonNode json = JsonMapper.builder().build().readTree(service.structuredData());
        assertThat(json.get("@type").asString()).isEqualTo("Service");
        assertThat(json.get("name").asString()).isEqualTo("Budgetcoach: grip op uw geld");
        assertThat(json.at("/provider/name").asString()).isEqualTo("Stichting Geldwijs Meppel");
        assertThat(json.at("/url").asString()).endsWith("/sociale-kaart/" + BUDGET_COACH);
        assertThat(json.at("/availableChannel/0/serviceLocation/address/streetAddress").asString()).isEqualTo("Kerkstraat 7");
        assertThat(json.at("/availableChannel/0/serviceLocation/openingHoursSpecification")).hasSize(3);
    }

    @Test
    void shareCopiesTheLinkAndSaysSo() {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);
        assertThat(service.shareStatus()).isEmpty();
        service.tabTo(service.shareButton());
        page.keyboard().press("Enter");
        assertThat(service.shareStatus()).hasText(Pattern.compile("De link naar deze pagina is gekopieerd"));
        assertThat(service.shareStatus()).hasAttribute("aria-live", "polite");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(page.url());
    }

    @Test
    void whereCopyingIsNotAllowedTheLinkIsShownToCopyByHand() {
        page.addInitScript("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () =>"
                + " Promise.reject(new Error('not allowed')) } });");
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);
        service.shareButton().click();
        assertThat(service.shareFallbackLink()).isVisible();
        assertThat(service.shareFallbackLink()).hasValue(page.url());
        assertThat(service.shareFallbackLink()).isFocused();
        service.assertAccessible();
    }

    @Test
    void printViewShowsTheServiceWithoutThePortalAroundIt() {
        page.addInitScript("window.print = () => { window.printed = true; };");
        ServicePage service = new ServicePage(page);
        service.open(BUDGET_COACH, null);
        service.printButton().click();
        assertThat(page.evaluate("window.printed === true")).isEqualTo(true);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(service.heading()).isVisible();
        assertThat(page.locator(".opening-hours__table")).isVisible();
        assertThat(page.locator("header.site-header")).isHidden();
        assertThat(page.locator("footer.site-footer")).isHidden();
        assertThat(service.printButton()).isHidden();
        assertThat(service.routeLinks()).isHidden();
    }

    @Test
    void unknownOrInactiveServiceGetsAKind404PageWithWaysOn() {
        ServicePage service = new ServicePage(page);
        for (String id : new String[] {"bestaat-niet", INACTIVE}) {
            var response = service.open(id, null);
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(service.heading()).hasText("Deze hulp staat niet (meer) op de sociale kaart");
            assertThat(page.title()).isEqualTo("Hulp niet gevonden | Wegwijs");
            assertThat(service.urgentHelpLink()).isVisible();
            assertThat(page.locator("main a[href='sociale-kaart']")).hasText("Zoek hulp op de sociale kaart");
            assertThat(page.locator("main a[href='tel:112']")).isVisible();
            assertThat(page.locator("script[type='application/ld+json']")).hasCount(0);
        }
    }

    @Test
    void partnerSiteShowsTheCardInAnIframe() {
        try (PartnerSite partner = PartnerSite.showingCard(
                "http://localhost:" + port + "/sociale-kaart/embed?category=voedselbank")) {
            page.navigate(partner.url());
            FrameLocator card = page.frameLocator("iframe[title='Sociale kaart']");
            assertThat(card.locator("h1")).hasText("Hulp bij: Voedselbank");
            assertThat(card.locator("li.embed__item")).hasCount(6);
            assertThat(card.locator("li.embed__item a[target=_blank]").first()).hasAttribute("href",
                    Pattern.compile("^/sociale-kaart/[0-9a-f-]{36}$"));
            assertThat(card.locator("a[href='tel:0522029101']").first()).isVisible();
        }
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void servicePagesAndTheCardPassAxe(String language, int width) {
        page.setViewportSize(width, 900);
        ServicePage service = new ServicePage(page);
        for (String id : new String[] {BUDGET_COACH, NEIGHBOURHOOD_BUS, "bestaat-niet"}) {
            service.open(id, language);
            assertThat(service.documentLanguage()).isEqualTo(language);
            service.assertAllTextsTranslated();
            service.assertAccessible();
        }
        service.open(BUDGET_COACH, language);
        assertThat(service.hoursRow(language.equals("nl") ? "dinsdag" : "Tuesday")).containsText("19:00–21:00");

        EmbedCardPage card = new EmbedCardPage(page).open("category=voedselbank&lang=" + language);
        assertThat(card.items()).hasCount(6);
        assertThat(card.documentLanguage()).isEqualTo(language);
        card.assertAllTextsTranslated();
        card.assertAccessible();
        new EmbedCardPage(page).open("category=onbekend&lang=" + language).assertAccessible();
    }

    @Test
    void pagesReflowAt320PixelsWithoutScrollingSideways() {
        page.setViewportSize(320, 800);
        ServicePage service = new ServicePage(page);
        for (String id : new String[] {BUDGET_COACH, NEIGHBOURHOOD_BUS, "bestaat-niet"}) {
            service.open(id, null);
            assertThat(service.scrollsSideways()).as(id).isFalse();
        }
        service.open(BUDGET_COACH, null);
        service.shareButton().click();
        new EmbedCardPage(page).open("category=geld");
        assertThat(service.scrollsSideways()).as("card").isFalse();
    }
}
