package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.EditorListing;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** The editors' overview of the sociale kaart, with the filters they work through and a name search. */
@Route(EditorListView.PATH)
@Menu(order = 50, title = "nav.editor")
@RolesAllowed({"EDITOR", "ADMIN"})
@StyleSheet("styles/directory-editor.css")
class EditorListView extends Div implements TranslatedTitle, BeforeEnterObserver {

    static final String PATH = "redactie/sociale-kaart";
    static final String ZERO_RESULTS = "redactie/zoekvragen-zonder-resultaat";
    private static final int PAGE_SIZE = 25;

    private final DirectoryEditing editing;
    private final TextField search = new TextField();
    private final Nav filters = new Nav();
    private final Paragraph count = new Paragraph();
    private final NativeTable table = new NativeTable();
    private final Nav paging = new Nav();
    private EditorListing.Filter filter = EditorListing.Filter.ALL;

    EditorListView(DirectoryEditing editing) {
        this.editing = editing;
        addClassName("page");
        addClassName("editor-page");
        Anchor create = new Anchor(ServiceNewView.PATH, getTranslation("editor.list.new"));
        create.addClassName("button-primary");
        Anchor upload = new Anchor(HsdsUploadView.PATH, getTranslation("editor.list.upload"));
        upload.addClassName("button-secondary");
        Div actions = new Div(create, upload);
        actions.addClassName("editor-actions");

        filters.getElement().setAttribute("aria-label", getTranslation("editor.list.filters"));
        filters.addClassName("editor-filters");
        search.setLabel(getTranslation("editor.list.search"));
        search.setClearButtonVisible(true);
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(filter, 0));
        NativeButton submit = new NativeButton(getTranslation("editor.list.search-button"), click -> go(filter, 0));
        submit.addClassName("button-secondary");
        Div searchRow = new Div(search, submit);
        searchRow.addClassName("editor-search");
        count.getElement().setAttribute("role", "status");
        table.addClassName("data-table");
        paging.getElement().setAttribute("aria-label", getTranslation("editor.list.paging"));
        paging.addClassName("editor-paging");
        add(new PageIntro("editor.list.title", "editor.list.intro"), actions, filters, searchRow, count, table, paging);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String chosen = first(parameters, "filter");
        filter = java.util.Arrays.stream(EditorListing.Filter.values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(chosen)).findFirst()
                .orElse(EditorListing.Filter.ALL);
        search.setValue(first(parameters, "q") == null ? "" : first(parameters, "q"));
        int page;
        try {
            page = Math.max(0, Integer.parseInt(String.valueOf(first(parameters, "pagina"))) - 1);
        } catch (NumberFormatException e) {
            page = 0;
        }
        show(page);
    }

    private void show(int page) {
        EditorListing listing = editing.list(filter, search.getValue(), page * PAGE_SIZE, PAGE_SIZE);
        showFilters();
        count.setText(getTranslation("editor.list.count", listing.total()));
        table.removeAll();
        table.setCaptionText(getTranslation("editor.list.caption." + key(filter)));
        NativeTableRow header = new NativeTableRow();
        for (String column : List.of("name", "organization", "status", "checked")) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("editor.list.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        for (EditorListing.Row row : listing.rows()) {
            NativeTableRow line = new NativeTableRow();
            line.addDataCell().add(new Anchor(PATH + "/" + row.id(), row.name()));
            line.addDataCell().setText(row.organization());
            line.addDataCell().setText(getTranslation("editor.status." + row.status().replace(' ', '-')));
            var checked = line.addDataCell();
            checked.setText(row.assuredDate() == null ? getTranslation("editor.list.never")
                    : Dates.day(row.assuredDate(), getLocale()));
            if (row.stale()) {
                Span stale = new Span(getTranslation("editor.list.stale-badge"));
                stale.addClassName("editor-badge");
                checked.add(stale);
            }
            table.getBody().add(line);
        }
        showPaging(page, listing.total());
    }

    private void showFilters() {
        UnorderedList list = new UnorderedList();
        for (EditorListing.Filter option : EditorListing.Filter.values()) {
            Anchor link = new Anchor(PATH + (option == EditorListing.Filter.ALL ? "" : "?filter=" + key(option)),
                    getTranslation("editor.filter." + key(option)));
            if (option == filter) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        list.add(new ListItem(new Anchor(ZERO_RESULTS, getTranslation("editor.filter.zero-results"))));
        filters.removeAll();
        filters.add(list);
    }

    private void showPaging(int page, long total) {
        paging.removeAll();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pages == 1) {
            return;
        }
        if (page > 0) {
            paging.add(new Anchor(link(filter, page - 1), getTranslation("editor.list.previous")));
        }
        paging.add(new Span(getTranslation("editor.list.page", page + 1, pages)));
        if (page + 1 < pages) {
            paging.add(new Anchor(link(filter, page + 1), getTranslation("editor.list.next")));
        }
    }

    private void go(EditorListing.Filter target, int page) {
        getUI().ifPresent(ui -> ui.navigate(PATH, parameters(target, page)));
    }

    private String link(EditorListing.Filter target, int page) {
        String query = parameters(target, page).getQueryString();
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    private QueryParameters parameters(EditorListing.Filter target, int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (target != EditorListing.Filter.ALL) {
            parameters.put("filter", key(target));
        }
        if (!search.getValue().isBlank()) {
            parameters.put("q", search.getValue().strip());
        }
        if (page > 0) {
            parameters.put("pagina", String.valueOf(page + 1));
        }
        return QueryParameters.simple(parameters);
    }

    private static String key(EditorListing.Filter filter) {
        return filter.name().toLowerCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public String titleKey() {
        return "editor.list.title";
    }
}
