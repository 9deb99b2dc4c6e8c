package nl.wegwijs.directory.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the search page shows, as it stands in the URL: the words, the chosen filters and the
 * result page. Bookmarkable and shareable; the back button returns to the previous state. The
 * visitor's postcode is deliberately not part of it: it stays in their own browser.
 *
 * @param text what was typed (may be empty)
 * @param chosen per facet dimension (engine names), the chosen values
 * @param openNow only what is open right now
 * @param page the result page, from 1
 */
record SearchState(String text, Map<String, Set<String>> chosen, boolean openNow, int page) {

    static final int MAX_TEXT = 200;
    static final int MAX_PAGE = 1000;
    private static final int MAX_VALUES = 50;

    /** Engine dimension to the Dutch URL parameter. Yes/no dimensions carry the value "ja". */
    static final Map<String, String> PARAMETERS = new LinkedHashMap<>();
    static final Set<String> YES_NO = Set.of("free", "no_referral", "wheelchair");
    static final String YES = "ja";

    static {
        PARAMETERS.put("category", "categorie");
        PARAMETERS.put("group", "voor");
        PARAMETERS.put("area", "wijk");
        PARAMETERS.put("free", "gratis");
        PARAMETERS.put("no_referral", "zonder-verwijzing");
        PARAMETERS.put("language", "taal");
        PARAMETERS.put("wheelchair", "rolstoel");
    }

    SearchState {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        chosen.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, Set.copyOf(values));
            }
        });
        chosen = Map.copyOf(copy);
        page = Math.clamp(page, 1, MAX_PAGE);
    }

    static SearchState empty() {
        return new SearchState("", Map.of(), false, 1);
    }

    /** Reads the URL; anything odd in it (unknown parameters, a page "abc") is left out, never an error. */
    static SearchState from(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        PARAMETERS.forEach((dimension, parameter) -> {
            Set<String> values = new TreeSet<>();
            for (String value : parameters.getOrDefault(parameter, List.of())) {
                String stripped = value.strip();
                if (!stripped.isEmpty() && stripped.length() <= 100 && values.size() < MAX_VALUES
                        && (!YES_NO.contains(dimension) || YES.equals(stripped))) {
                    values.add(stripped);
                }
            }
            if (!values.isEmpty()) {
                chosen.put(dimension, values);
            }
        });
        return new SearchState(first(parameters, "q"), chosen, YES.equals(first(parameters, "open-nu")),
                number(first(parameters, "pagina")));
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put("q", List.of(text));
        }
        PARAMETERS.forEach((dimension, parameter) -> {
            Set<String> values = chosen.get(dimension);
            if (values != null) {
                parameters.put(parameter, new ArrayList<>(new TreeSet<>(values)));
            }
        });
        if (openNow) {
            parameters.put("open-nu", List.of(YES));
        }
        if (page > 1) {
            parameters.put("pagina", List.of(String.valueOf(page)));
        }
        return new QueryParameters(parameters);
    }

    /** The page's address with this state, for links. */
    String href() {
        String query = toQueryParameters().getQueryString();
        return query.isEmpty() ? DirectorySearchView.ROUTE : DirectorySearchView.ROUTE + "?" + query;
    }

    boolean isEmpty() {
        return text.isEmpty() && chosen.isEmpty() && !openNow;
    }

    boolean hasFilters() {
        return !chosen.isEmpty() || openNow;
    }

    SearchState withText(String newText) {
        return new SearchState(newText, chosen, openNow, 1);
    }

    SearchState withChoice(String dimension, String value, boolean on) {
        Map<String, Set<String>> changed = new LinkedHashMap<>(chosen);
        Set<String> values = new TreeSet<>(chosen.getOrDefault(dimension, Set.of()));
        if (on) {
            values.add(value);
        } else {
            values.remove(value);
        }
        changed.put(dimension, values);
        return new SearchState(text, changed, openNow, 1);
    }

    SearchState withOpenNow(boolean on) {
        return new SearchState(text, chosen, on, 1);
    }

    SearchState withoutFilters() {
        return new SearchState(text, Map.of(), false, 1);
    }

    SearchState withPage(int newPage) {
        return new SearchState(text, chosen, openNow, newPage);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static int number(String value) {
        try {
            return value.isBlank() ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
