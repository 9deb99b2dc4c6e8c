package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list of fieldsets the editor can grow and shrink (locations, opening hours). Rows are numbered
 * in their legends and in the error list alike ("Locatie 2, Postcode"), so a message always points
 * at the row it is about, also after a row above it was removed.
 *
 * @param <V> the value of one row
 * @param <R> the row
 */
abstract class RepeatedRows<V, R extends FieldSet> extends Div {

    private final FieldErrors errors;
    private final String legendKey;
    private final List<String> fieldNames;
    private final Div rows = new Div();
    private final List<R> list = new ArrayList<>();

    RepeatedRows(FieldErrors errors, String legendKey, List<String> fieldNames) {
        this.errors = errors;
        this.legendKey = legendKey;
        this.fieldNames = List.copyOf(fieldNames);
        addClassName("editor-list");
    }

    /** A new row showing this value. */
    abstract R row(V value);

    abstract V value(R row);

    /** The row's fields that errors can point at, by the field names given to the constructor. */
    abstract Map<String, ? extends HasValidationProperties> fields(R row);

    /** Where the rows go among the component's other children. */
    Div rows() {
        return rows;
    }

    List<V> values() {
        return list.stream().map(this::value).toList();
    }

    void setValues(List<V> values) {
        new ArrayList<>(list).forEach(this::remove);
        values.forEach(this::append);
    }

    R append(V value) {
        R row = row(value);
        list.add(row);
        rows.add(row);
        renumber();
        return row;
    }

    void remove(R row) {
        list.remove(row);
        rows.remove(row);
        renumber();
    }

    int size() {
        return list.size();
    }
    private void renumber() {
        errors.forgetRows(fieldNames);
        for (int i = 0; i < list.size(); i++) {
            R row = list.get(i);
            String legend = getTranslation(legendKey, i + 1);
            row.setLegendText(legend);
            int index = i;
            fields(row).forEach((name, field) -> errors.register(name, index, field,
                    legend + ", " + ((HasLabel) field).getLabel()));
        }
    }
}
