package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.wegwijs.directory.search.SearchResponse.FacetCount;
import nl.wegwijs.shared.WegwijsProperties.Municipality;
import nl.wegwijs.shared.ui.ContactPanel;

/**
 * When a search finds nothing: never a dead end. What to try, a corrected spelling when there is
 * one, filters off in one click, the subjects to browse, the Wmo desk's phone and the chat.
 */
class NoResults extends Section {

    NoResults(SearchState state, String suggestion, List<FacetCount> categories, FacetLabels labels,
            Municipality municipality) {
        addClassName("no-results");
        add(new H2(state.text().isEmpty() ? getTranslation("directory.none.heading-filters")
                : getTranslation("directory.none.heading", state.text())));
        UnorderedList tips = new UnorderedList();
        if (suggestion != null) {
            ListItem didYouMean = new ListItem(getTranslation("directory.suggestion") + " ");
            didYouMean.add(new Anchor(state.withText(suggestion).href(), suggestion));
            tips.add(didYouMean);
        }
        if (state.hasFilters()) {
            ListItem filters = new ListItem(getTranslation("directory.none.filters") + " ");
            filters.add(new Anchor(state.withoutFilters().href(), getTranslation("directory.none.filters-off")));
            tips.add(filters);
        }
        if (!state.text().isEmpty()) {
            tips.add(new ListItem(getTranslation("directory.none.spelling")));
            tips.add(new ListItem(getTranslation("directory.none.other-words")));
        }
        add(tips);
        if (!categories.isEmpty()) {
            add(new CategoryTiles("directory.none.subjects", categories, labels));
        }
        Paragraph chat = new Paragraph(getTranslation("directory.none.chat") + " ");
        chat.add(new Anchor("praten", getTranslation("directory.none.chat-link")));
        add(new ContactPanel(municipality), chat);
    }
}
