package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.wegwijs.directory.search.SearchResponse.FacetCount;

/**
 * The filters as groups of checkboxes, each choice with the number of services it would give.
 * Choices of one group are alternatives (counted as if the group's own choices were not made);
 * a chosen value stays visible even when it would give nothing now.
 */
class FilterPanel extends Section {

    /** The groups in the order shown; the yes/no filters share one group. */
    private static final List<String> GROUPS = List.of("category", "group", "area", "language");
    private static final List<String> FEATURES = List.of("open_now", "free", "no_referral", "wheelchair");
    private static final int VISIBLE_CHOICES = 8;

    private final Consumer<SearchState> onChange;
    private String focusAfterRender;

    FilterPanel(Consumer<SearchState> onChange) {
        this.onChange = onChange;
        addClassName("filter-panel");
        getElement().setAttribute("aria-labelledby", "filter-panel-heading");
    }

    void show(SearchState state, Map<String, List<FacetCount>> facets, FacetLabels labels) {
        removeAll();
        H2 heading = new H2(getTranslation("directory.filters.heading"));
        heading.setId("filter-panel-heading");
        add(heading);
        add(features(state, facets));
        for (String dimension : GROUPS) {
            List<FacetCount> counts = withChosen(facets.getOrDefault(dimension, List.of()),
                    state.chosen().getOrDefault(dimension, Set.of()));
            if (!counts.isEmpty()) {
                add(group(dimension, counts, state, labels));
            }
        }
        if (focusAfterRender != null) {
            getElement().executeJs("const box = document.getElementById($0); if (box) box.focus()", focusAfterRender);
            focusAfterRender = null;
        }
    }

    private FieldSet features(SearchState state, Map<String, List<FacetCount>> facets) {
        FieldSet features = new FieldSet(getTranslation("directory.filters.features"));
        for (String feature : FEATURES) {
            long count = facets.getOrDefault(feature, List.of()).stream().mapToLong(FacetCount::count).sum();
            boolean chosen = feature.equals("open_now") ? state.openNow()
                    : state.chosen().containsKey(feature);
            Checkbox box = checkbox(feature, SearchState.YES, getTranslation("directory.filters." + feature), count,
                    chosen);
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    focusAfterRender = box.getId().orElse(null);
                    onChange.accept(feature.equals("open_now") ? state.withOpenNow(event.getValue())
                            : state.withChoice(feature, SearchState.YES, event.getValue()));
                }
            });
            features.add(box);
        }
        return features;
    }

    private FieldSet group(String dimension, List<FacetCount> counts, SearchState state, FacetLabels labels) {
        FieldSet group = new FieldSet(getTranslation("directory.filters." + dimension));
        Set<String> chosen = state.chosen().getOrDefault(dimension, Set.of());
        Div more = null;
        int shown = 0;
        for (FacetCount count : counts) {
            Checkbox box = checkbox(dimension, count.value(), labels.label(dimension, count.value()), count.count(),
                    chosen.contains(count.value()));
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    focusAfterRender = box.getId().orElse(null);
                    onChange.accept(state.withChoice(dimension, count.value(), event.getValue()));
                }
            });
            if (shown++ < VISIBLE_CHOICES || chosen.contains(count.value())) {
                group.add(box);
            } else {
                if (more == null) {
                    more = new Div();
                }
                more.add(box);
            }
        }
        if (more != null) {
            NativeDetails details = new NativeDetails(
                    getTranslation("directory.filters.more", counts.size() - VISIBLE_CHOICES), more);
            details.addClassName("filter-panel__more");
            group.add(details);
        }
        return group;
    }

    private static Checkbox checkbox(String dimension, String value, String label, long count, boolean chosen) {
        Checkbox box = new Checkbox(label + " (" + count + ")", chosen);
        box.setId("filter-" + dimension + "-" + Integer.toHexString(value.hashCode()));
        box.getElement().setAttribute("data-value", value);
        box.addClassName("filter-panel__choice");
        return box;
    }

    /** The counted values, plus any chosen value the search no longer counts (with 0). */
    private static List<FacetCount> withChosen(List<FacetCount> counts, Set<String> chosen) {
        List<FacetCount> all = new ArrayList<>(counts);
        for (String value : chosen) {
            if (all.stream().noneMatch(count -> count.value().equals(value))) {
                all.add(new FacetCount(value, 0));
            }
        }
        return all;
    }
}
