package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** Previous and next page of results, as links, so every page has its own address. */
class ResultsPager extends Nav {

    ResultsPager(SearchState state, long total, int pageSize) {
        addClassName("results-pager");
        getElement().setAttribute("aria-label", getTranslation("directory.pager.label"));
        int pages = (int) Math.min(SearchState.MAX_PAGE, (total + pageSize - 1) / pageSize);
        if (state.page() > 1) {
            Anchor previous = new Anchor(state.withPage(state.page() - 1).href(), getTranslation("directory.pager.previous"));
            previous.getElement().setAttribute("rel", "prev");
            add(previous);
        }
        Span where = new Span(getTranslation("directory.pager.where", state.page(), pages));
        where.getElement().setAttribute("aria-current", "page");
        add(where);
        if (state.page() < pages) {
            Anchor next = new Anchor(state.withPage(state.page() + 1).href(), getTranslation("directory.pager.next"));
            next.getElement().setAttribute("rel", "next");
            add(next);
        }
    }
}
