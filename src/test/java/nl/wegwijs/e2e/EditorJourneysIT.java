package nl.wegwijs.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.EditableService;
import nl.wegwijs.directory.ServiceDraft;
import nl.wegwijs.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Editors keep the sociale kaart current: create and publish, edit at the same time, fix mistakes. */
class EditorJourneysIT extends BrowserTest {

    @Autowired
    DirectoryEditing editing;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void hideWhatTheTestsCreated() {
        // Other journeys count search results: take the test's services out of the public directory.
        asEditor(() -> {
            created.forEach(id -> editing.load(id).filter(s -> !"inactive".equals(s.status()))
                    .ifPresent(s -> editing.deactivate(id, s.version())));
            return null;
        });
    }

    @Test
    void editorCreatesAndPublishesAServiceAndResidentsFindItWithinOneSecond() {
        signIn(page, "editor");
        String name = "Klusjesdienst " + letters();
        ServiceFormPage form = new ServiceFormPage(page).openNew("");
        form.fill("Naam van het aanbod", name)
                .fill("Beschrijving", "Vrijwilligers helpen u met kleine klussen in huis. U betaalt alleen het materiaal.")
                .chooseOrganization("Huiskamer De Schakel")
                .fill("Telefoonnummer", "0522 123 456")
                .choose("Gratis")
                .choose("Zonder verwijzing – algemene voorziening")
                .choose("Burenhulp en klussen")
                .choose("Ouderen")
                .addLocation("Buurthuis De Kern", "Kerkplein 3", "7941 AK", "Meppel")
                .addHours("dinsdag", "09:00", "12:00");
        form.press("Opslaan als concept");
        assertThat(form.notice()).containsText("Opgeslagen als concept");
        String id = form.serviceId();
        created.add(id);
        assertThat(form.main()).containsText("Status: Concept");

        String search = "/api/directory/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(Http.get(port, search).body()).as("a draft is not public").doesNotContain(id);

        form.press("Publiceren");
        assertThat(form.notice()).containsText("Gepubliceerd");
        long confirmed = System.nanoTime();
        String answer = "";
        while (!answer.contains(id) && System.nanoTime() - confirmed < 1_000_000_000L) {
            answer = Http.get(port, search).body();
        }
        assertThat(answer).as("%s is found by the search API within 1 s of the confirmation", name).contains(id);
        assertThat(form.history()).containsText("Gepubliceerd");
        assertThat(form.history()).containsText("editor");
    }

    @Test
    void twoEditorsChangeTheSameServiceAndTheSecondIsWarnedWithoutLosingTheirText() {
        EditableService service = asEditor(() -> editing.create(draft("Samen koken " + letters())));
        created.add(service.id());
        signIn(page, "editor");
        ServiceFormPage first = new ServiceFormPage(page).openService(service.id());
        BrowserContext otherContext = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(DESKTOP_WIDTH, 900).setLocale("nl-NL"));
        try {
            Page otherPage = otherContext.newPage();
            signIn(otherPage, "admin");
            ServiceFormPage second = new ServiceFormPage(otherPage).openService(service.id());

            first.fill("Beschrijving", "Elke week samen koken en eten. Nieuw: ook op vrijdag.");
            first.press("Wijzigingen opslaan");
            assertThat(first.notice()).containsText("Uw wijzigingen zijn opgeslagen");

            String typed = service.draft().name() + " in de wijk";
            second.fill("Naam van het aanbod", typed);
            second.press("Wijzigingen opslaan");
            assertThat(second.conflict()).containsText("Iemand anders heeft dit aanbod net gewijzigd");
            assertThat(second.conflict()).containsText("editor");
            assertThat(second.field("Naam van het aanbod")).hasValue(typed);

            second.press("Bekijk de wijzigingen van de ander");
            assertThat(second.conflict().locator("table")).containsText("Nieuw: ook op vrijdag.");
            second.press("Mijn wijzigingen toch opslaan");
            assertThat(second.notice()).containsText("Uw wijzigingen zijn opgeslagen");
            assertThat(second.field("Naam van het aanbod")).hasValue(typed);
            assertThat(second.field("Beschrijving")).hasValue("Elke week samen koken en eten. Nieuw: ook op vrijdag.");
        } finally {
            otherContext.close();
        }
    }

    @Test
    void anEditorCanStampAndSaveByKeyboardAlone() {
        EditableService service = asEditor(() -> editing.create(draft("Koffieochtend " + letters())));
        created.add(service.id());
        signIn(page, "editor");
        ServiceFormPage form = new ServiceFormPage(page).openService(service.id());
        form.tabTo(form.field("Naam van het aanbod"));
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(service.draft().name() + " in het dorpshuis");
        form.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")
                .setExact(true)));
        page.keyboard().press("Enter");
        assertThat(form.notice()).containsText("Uw wijzigingen zijn opgeslagen");
        assertThat(form.field("Naam van het aanbod")).hasValue(service.draft().name() + " in het dorpshuis");
    }

    @Test
    void wrongPostcodeAndClosingBeforeOpeningAreExplainedAndTheInputStays() {
        signIn(page, "editor");
        ServiceFormPage form = new ServiceFormPage(page).openNew("");
        form.fill("Naam van het aanbod", "Inloop " + letters())
                .addLocation("Buurthuis", "Kerkplein 3", "12345", "Meppel")
                .addHours("maandag", "13:00", "09:00");
        form.press("Opslaan als concept");

        assertThat(form.errorSummary()).containsText("Controleer");
        var postcode = form.fieldWithError(form.group("Locatie 1"), "vaadin-text-field", "Postcode");
        assertThat(postcode).hasAttribute("invalid", "");
        assertThat(postcode).containsText("Vul een postcode in zoals 1234 AB");
        assertThat(form.group("Locatie 1").getByLabel("Postcode")).hasValue("12345");
        var closes = form.fieldWithError(form.group("Openingstijd 1"), "vaadin-time-picker", "Open tot");
        assertThat(closes).hasAttribute("invalid", "");
        assertThat(closes).containsText("De sluitingstijd moet later zijn dan de openingstijd");
        assertThat(form.group("Openingstijd 1").getByLabel("Open vanaf")).hasValue("13:00");
        assertThat(form.group("Openingstijd 1").getByLabel("Open tot")).hasValue("09:00");
        assertThat(page).hasURL(Pattern.compile("/redactie/sociale-kaart/nieuw$"));
    }

    @Test
    void editorPagesPassAxeInDutchAndEnglishOnAPhoneAndADesktop() {
        EditableService service = asEditor(() -> editing.create(draft("Toegankelijkheidstest " + letters())));
        created.add(service.id());
        signIn(page, "editor");
        List<String> pages = List.of("redactie/sociale-kaart", "redactie/sociale-kaart?filter=stale",
                "redactie/sociale-kaart/nieuw", "redactie/sociale-kaart/" + service.id(),
                "redactie/sociale-kaart/upload");
        for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
            page.setViewportSize(width, 900);
            for (String language : List.of("nl", "en")) {
                if (!checkedStaffScreen(language, width)) {
                    continue;
                }
                for (String path : pages) {
                    PortalPage portal = portal().open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    portal.assertAllTextsTranslated();
                    portal.assertAccessible();
                    assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                            .as("no horizontal scrolling on %s at %spx", path, width).isEqualTo(true);
                }
            }
        }
        page.setViewportSize(320, 800);
        portal().open("redactie/sociale-kaart/" + service.id() + "?lang=nl");
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    }

    @Test
    void listFiltersShowDraftsAndLinkToTheZeroResultReport() {
        EditableService service = asEditor(() -> editing.create(draft("Conceptaanbod " + letters())));
        created.add(service.id());
        signIn(page, "editor");
        EditorListPage list = new EditorListPage(page).openList("?filter=draft");
        assertThat(list.filters().locator("[aria-current=page]")).hasText("Concepten");
        assertThat(list.rows().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(service.draft().name()))).hasCount(1);
        assertThat(list.filters().getByText("Zoekvragen zonder resultaat"))
                .hasAttribute("href", "redactie/zoekvragen-zonder-resultaat");
    }

    private void signIn(Page target, String username) {
        LoginPage login = new LoginPage(target).open();
        login.signIn(username, "demo");
        assertThat(target.locator("header .sign-out")).isVisible();
    }

    private ServiceDraft draft(String name) {
        return asEditor(() -> new ServiceDraft(name, "Samen eten in de buurt. U bent van harte welkom.",
                editing.organizations("Huiskamer", 0, 1).getFirst().id(), null, "0522 123 456", null, null, true,
                null, null, "wegwijs-toegang:vrij", Set.of("wegwijs-categorie:ontmoeting"),
                Set.of("wegwijs-doelgroep:iedereen"),
                List.of(new ServiceDraft.Location(null, "Buurthuis", "Kerkplein 3", "7941 AK", "Meppel", null, null)),
                List.of(new ServiceDraft.Hours(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(19, 30)))));
    }

    private static <T> T asEditor(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor", null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A word no other service has, so a search for it finds exactly the new one. */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }
}
