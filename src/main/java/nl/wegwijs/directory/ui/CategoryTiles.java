package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.directory.search.SearchResponse.FacetCount;

/** Browsing by subject when nothing is typed yet: every category with how much it holds, A to Z. */
class CategoryTiles extends Section {

    CategoryTiles(String headingKey, List<FacetCount> categories, FacetLabels labels) {
        addClassName("category-tiles");
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId("category-tiles-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        UnorderedList tiles = new UnorderedList();
        categories.stream()
                .sorted(Comparator.comparing(count -> labels.label("category", count.value())))
                .forEach(count -> {
                    Anchor tile = new Anchor(SearchState.empty().withChoice("category", count.value(), true).href(),
                            labels.label("category", count.value()));
                    Span number = new Span(getTranslation("directory.tiles.count", count.count()));
                    number.addClassName("category-tiles__count");
                    tile.add(number);
                    tiles.add(new ListItem(tile));
                });
        add(heading, tiles);
    }
}
