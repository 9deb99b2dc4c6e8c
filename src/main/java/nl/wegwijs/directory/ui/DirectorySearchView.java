package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.CrisisPanel;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * The sociale kaart's search page: one search box, subjects to browse, filters with counts,
 * result cards. Everything chosen is in the address, so a search can be bookmarked or shared and
 * the back button works; the postcode stays in the visitor's own browser.
 */
@Route(DirectorySearchView.ROUTE)
@RouteAlias("hulp-zoeken")
@Menu(order = 1, title = "nav.directory")
@AnonymousAllowed
@StyleSheet("styles/directory-search.css")
class DirectorySearchView extends Div implements TranslatedTitle, BeforeEnterObserver {

    static final String ROUTE = "sociale-kaart";
    static final int PAGE_SIZE = 10;
    private static final String POSTCODE_KEY = "wegwijs.postcode";

    private final Directory directory;
    private final Postcodes postcodes;
    private final WegwijsProperties properties;
    private final Clock clock;
    private final SearchForm form;
    private final FilterPanel filters = new FilterPanel(this::navigate);
    private final NativeDetails filterToggle;
    private final Div status = new Div();
    private final Div results = new Div();
    private SearchState state = SearchState.empty();
    /** Null until the browser was asked whether it remembers one. */
    private String postcode;
    private Postcodes.Point near;

    DirectorySearchView(Directory directory, Postcodes postcodes, WegwijsProperties properties, Clock clock) {
        this.directory = directory;
        this.postcodes = postcodes;
        this.properties = properties;
        this.clock = clock;
        addClassNames("page", "directory-search");
        form = new SearchForm(prefix -> directory.suggest(prefix, 8).stream().map(s -> s.text()).toList(),
                this::search);
        status.getElement().setAttribute("role", "status");
        status.addClassName("directory-search__status");
        results.addClassName("directory-search__results");
        filterToggle = new NativeDetails(getTranslation("directory.filters.toggle"), filters);
        filterToggle.addClassName("directory-search__filters");
        Div columns = new Div(filterToggle, new Div(status, results));
        columns.addClassName("directory-search__columns");
        add(new PageIntro("directory.title", "directory.intro"), form, columns, new CrisisPanel());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Filters are open beside the results on a wide screen, folded away above them on a phone.
        filterToggle.getElement().executeJs("if (window.matchMedia('(min-width: 56em)').matches) this.open = true");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        form.setText(state.text());
        show();
        if (postcode == null) {
            postcode = "";
            event.getUI().getPage().executeJs("try { return localStorage.getItem($0) || '' } catch (e) { return '' }",
                    POSTCODE_KEY).then(String.class, this::useRememberedPostcode);
        }
    }

    /** Shows distances once the browser has told us the postcode it remembers (if any). */
    private void useRememberedPostcode(String remembered) {
        Postcodes.Point point = Postcodes.isWellFormed(remembered) ? postcodes.locate(remembered).orElse(null) : null;
        if (point != null && postcode.isEmpty()) {
            postcode = remembered;
            near = point;
            form.setPostcode(remembered);
            show();
        }
    }

    private void search(String text, String typedPostcode) {
        String typed = typedPostcode == null ? "" : typedPostcode.strip().toUpperCase(getLocale());
        if (!typed.isEmpty() && !Postcodes.isWellFormed(typed)) {
            form.showPostcodeError(getTranslation("directory.search.postcode-format"));
            return;
        }
        Postcodes.Point point = typed.isEmpty() ? null : postcodes.locate(typed).orElse(null);
        if (!typed.isEmpty() && point == null) {
            form.showPostcodeError(getTranslation("directory.search.postcode-unknown"));
            return;
        }
        form.showPostcodeError(null);
        boolean postcodeChanged = !typed.equals(postcode);
        postcode = typed;
        near = point;
        getElement().executeJs("try { if ($1) localStorage.setItem($0, $1); else localStorage.removeItem($0) } catch (e) {}",
                POSTCODE_KEY, typed);
        SearchState next = state.withText(text);
        if (next.equals(state)) {
            if (postcodeChanged) {
                show();
            }
            return;
        }
        navigate(next);
    }

    private void navigate(SearchState next) {
        UI.getCurrent().navigate(DirectorySearchView.class, next.toQueryParameters());
    }

    private void show() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Directory.ZONE));
        SearchResponse response = directory.search(new SearchRequest(state.text(), state.chosen(), near, null,
                state.openNow() ? now : null, null, null, null, true, (state.page() - 1) * PAGE_SIZE, PAGE_SIZE));
        FacetLabels labels = new FacetLabels(directory, getLocale());
        filters.show(state, response.facets(), labels);
        results.removeAll();
        status.removeAll();
        if (state.isEmpty()) {
            results.add(new CategoryTiles("directory.tiles.heading", response.facets().getOrDefault("category",
                    List.of()), labels));
            return;
        }
        if (response.totalServices() == 0 || response.hits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("directory.results.none"));
            none.addClassName("visually-hidden");
            status.add(none);
            results.add(new NoResults(state, response.suggestion(), allCategories(), labels, properties.municipality()));
            return;
        }
        status.add(new H2(state.text().isEmpty()
                ? getTranslation("directory.results.count", response.totalServices())
                : getTranslation("directory.results.count-for", response.totalServices(), state.text())));
        if (response.suggestion() != null) {
            Paragraph didYouMean = new Paragraph(getTranslation("directory.suggestion") + " ");
            didYouMean.add(new Anchor(state.withText(response.suggestion()).href(), response.suggestion()));
            didYouMean.addClassName("directory-search__suggestion");
            results.add(didYouMean);
        } else if (response.typoTolerant()) {
            results.add(new Paragraph(getTranslation("directory.results.tolerant")));
        }
        Map<String, Hsds.Service> services = new HashMap<>();
        directory.load(response.hits().stream().map(SearchResponse.Hit::serviceId).toList())
                .forEach(service -> services.put(service.id(), service));
        OrderedList cards = new OrderedList();
        cards.addClassName("result-cards");
        for (SearchResponse.Hit hit : response.hits()) {
            Hsds.Service service = services.get(hit.serviceId());
            if (service != null) {
                cards.add(new ResultCard(service, hit, now, getLocale()));
            }
        }
        results.add(cards, new ResultsPager(state, response.totalServices(), PAGE_SIZE));
    }

    private List<SearchResponse.FacetCount> allCategories() {
        return directory.search(new SearchRequest("", Map.of(), null, null, null, null, null, null, true, 0, 1))
                .facets().getOrDefault("category", List.of());
    }

    @Override
    public String titleKey() {
        return "directory.title";
    }

    /** With words typed, the title names them, so history and tabs tell searches apart. */
    @Override
    public String getPageTitle() {
        String title = TranslatedTitle.super.getPageTitle();
        return state.text().isEmpty() ? title : "‘" + state.text() + "’ – " + title;
    }
}
