package nl.wegwijs.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The embeddable card, on its own or inside a partner's page. */
class EmbedCardPage extends PortalPage {

    EmbedCardPage(Page page) {
        super(page);
    }

    EmbedCardPage open(String query) {
        page.navigate("sociale-kaart/embed?" + query);
        waitUntilRendered();
        return this;
    }

    Locator items() {
        return page.locator("li.embed__item");
    }
}
