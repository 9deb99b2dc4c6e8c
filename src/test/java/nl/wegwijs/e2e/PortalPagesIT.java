package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public page, in Dutch and English, on a phone and a desktop screen: it works and axe finds nothing. */
class PortalPagesIT extends BrowserTest {

    /** Path, Dutch heading, English heading. */
    record Expected(String path, String dutch, String english) {
    }

    private static final List<Expected> PAGES = List.of(
            new Expected("", "Waar kunnen we u mee helpen?", "How can we help you?"),
            new Expected("sociale-kaart", "Hulp in de buurt zoeken", "Find help nearby"),
            new Expected("zelftest", "Zelftest: welke hulp past bij u?", "Self-test: which help fits you?"),
            new Expected("aanvragen", "Hulp aanvragen", "Apply for support"),
            new Expected("praten", "Anoniem praten", "Talk anonymously"),
            new Expected("direct-hulp", "Direct hulp nodig?", "Need help right now?"),
            new Expected("login", "Inloggen", "Sign in"),
            new Expected("toegankelijkheid", "Toegankelijkheidsverklaring", "Accessibility statement"),
            new Expected("privacy", "Privacyverklaring", "Privacy statement"),
            new Expected("deze-pagina-bestaat-niet", "Deze pagina bestaat niet", "This page does not exist"));

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("nl.wegwijs.e2e.BrowserTest#languagesAndWidths")
    void everyPublicPageShowsItsContentAndPassesAxe(String language, int width) {
        page.setViewportSize(width, 900);
        PortalPage portal = portal();
        for (Expected expected : PAGES) {
            portal.open(expected.path() + "?lang=" + language);
            assertThat(portal.heading()).hasText(language.equals("nl") ? expected.dutch() : expected.english());
            assertThat(portal.documentLanguage()).as("html lang on /%s", expected.path()).isEqualTo(language);
            assertThat(page.title()).as("title of /%s", expected.path()).endsWith("| Wegwijs");
            assertThat(portal.urgentHelpLink()).isVisible();
            assertThat(portal.menu()).isVisible();
            portal.assertAllTextsTranslated();
            portal.assertAccessible();
        }
    }
}
