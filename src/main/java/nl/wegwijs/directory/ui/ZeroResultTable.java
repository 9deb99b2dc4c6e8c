package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import nl.wegwijs.directory.VocabularyEntry;
import nl.wegwijs.directory.ZeroResults;

/**
 * The top queries without results: how often and when they were searched, what they find now,
 * and the two one-click fixes. On a phone each row becomes a block with its labels.
 */
class ZeroResultTable extends Section {

    private static final String[] COLUMNS = {"query", "searches", "last-seen", "found-now", "actions"};

    private final ToLongFunction<String> foundNow;
    private final Map<String, NativeTableCell> foundCells = new LinkedHashMap<>();

    ZeroResultTable(List<ZeroResults.ZeroResult> queries, ToLongFunction<String> foundNow,
            BiConsumer<VocabularyEntry.Kind, String> fix) {
        this.foundNow = foundNow;
        addClassName("zero-results__report");
        H2 heading = new H2(getTranslation("zero-results.heading", ZeroResults.REPORT_DAYS));
        heading.setId("zero-results-heading");
        add(heading, new Paragraph(getTranslation("zero-results.privacy")));
        if (queries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("zero-results.empty", ZeroResults.REPORT_DAYS));
            empty.addClassName("zero-results__empty");
            add(empty);
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassNames("data-table", "zero-results__table");
        table.getElement().setAttribute("aria-labelledby", "zero-results-heading");
        // Explicit roles: the stacked phone layout (display: block) must not lose the table's meaning.
        role(table, "table");
        role(table.getHead(), "rowgroup");
        role(table.getBody(), "rowgroup");
        NativeTableRow header = role(new NativeTableRow(), "row");
        for (String column : COLUMNS) {
            NativeTableHeaderCell cell = role(header.addHeaderCell(), "columnheader");
            cell.setText(getTranslation("zero-results.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (ZeroResults.ZeroResult query : queries) {
            NativeTableRow row = role(new NativeTableRow(), "row");
            NativeTableHeaderCell name = role(row.addHeaderCell(), "rowheader");
            name.setText(query.query());
            name.getElement().setAttribute("scope", "row");
            labelled(row.addDataCell(), "searches").setText(String.valueOf(query.searches()));
            labelled(row.addDataCell(), "last-seen").setText(dates.format(query.lastSeen()));
            NativeTableCell found = labelled(row.addDataCell(), "found-now");
            foundCells.put(query.query(), found);
            showFound(query.query(), foundNow.applyAsLong(query.query()));
            Div actions = new Div(action(VocabularyEntry.Kind.SYNONYM, query.query(), fix),
                    action(VocabularyEntry.Kind.COMPOUND, query.query(), fix));
            actions.addClassName("zero-results__actions");
            labelled(row.addDataCell(), "actions").add(actions);
            table.getBody().add(row);
        }
        add(table);
    }

    /** Shows what the query finds now, after an editor's change. */
    void showFound(String query, long services) {
        NativeTableCell cell = foundCells.get(query);
        if (cell != null) {
            cell.setText(getTranslation("zero-results.found-now", services));
            cell.getElement().getClassList().set("zero-results__found", services > 0);
        }
    }

    /** Runs every shown query again, after a removal may have changed what they find. */
    void refreshFound() {
        foundCells.keySet().forEach(query -> showFound(query, foundNow.applyAsLong(query)));
    }

    private static <T extends Component> T role(T component, String role) {
        component.getElement().setAttribute("role", role);
        return component;
    }

    private NativeTableCell labelled(NativeTableCell cell, String column) {
        role(cell, "cell");
        // Shown before the value when the table is stacked on a narrow screen (CSS attr()).
        cell.getElement().setAttribute("data-label", getTranslation("zero-results.column." + column));
        return cell;
    }

    private Button action(VocabularyEntry.Kind kind, String query, BiConsumer<VocabularyEntry.Kind, String> fix) {
        String key = ZeroResultReportView.kindKey(kind);
        Button button = new Button(getTranslation(key + ".action"), click -> fix.accept(kind, query));
        button.setAriaLabel(getTranslation(key + ".action-for", query));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
