package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.directory.ServiceDraft;

/** The places where the service is given: name, address, and optionally the exact point on the map. */
final class LocationsEditor extends Div {

    private final FieldErrors errors;
    private final Div rows = new Div();
    private final List<Row> list = new ArrayList<>();

    private final class Row extends FieldSet {
        final String id;
        final TextField name = field("editor.location.name", null);
        final TextField street = field("editor.location.street", null);
        final TextField postcode = field("editor.location.postcode", "editor.location.postcode-help");
        final TextField city = field("editor.location.city", null);
        final TextField latitude = field("editor.location.latitude", "editor.location.coordinates-help");
        final TextField longitude = field("editor.location.longitude", "editor.location.coordinates-help");

        Row(ServiceDraft.Location location) {
            this.id = location.id();
            addClassName("editor-row");
            name.setValue(orEmpty(location.name()));
            street.setValue(orEmpty(location.street()));
            street.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
            postcode.setValue(orEmpty(location.postcode()));
            postcode.setMaxLength(10);
            city.setValue(orEmpty(location.city()));
            latitude.setValue(orEmpty(location.latitude()));
            longitude.setValue(orEmpty(location.longitude()));
            for (TextField coordinate : List.of(latitude, longitude)) {
                coordinate.getElement().setAttribute("inputmode", "decimal");
            }
            NativeButton remove = new NativeButton(getTranslation("editor.location.remove"), click -> remove(this));
            remove.addClassName("button-secondary");
            Div fields = new Div(name, street, postcode, city, latitude, longitude);
            fields.addClassName("editor-row__fields");
            add(fields, remove);
        }

        ServiceDraft.Location value() {
            return new ServiceDraft.Location(id, name.getValue(), street.getValue(), postcode.getValue(),
                    city.getValue(), latitude.getValue(), longitude.getValue());
        }

        private TextField field(String labelKey, String helpKey) {
            TextField field = new TextField(getTranslation(labelKey));
            if (helpKey != null) {
                field.setHelperText(getTranslation(helpKey));
            }
            field.setManualValidation(true);
            return field;
        }
    }

    LocationsEditor(FieldErrors errors) {
        this.errors = errors;
        addClassName("editor-list");
        NativeButton add = new NativeButton(getTranslation("editor.location.add"), click -> {
            Row row = append(new ServiceDraft.Location(null, null, null, null, null, null, null));
            row.name.focus();
        });
        add.addClassName("button-secondary");
        add(rows, add);
    }

    void setValue(List<ServiceDraft.Location> locations) {
        new ArrayList<>(list).forEach(this::remove);
        locations.forEach(this::append);
    }

    List<ServiceDraft.Location> value() {
        return list.stream().map(Row::value).toList();
    }

    private Row append(ServiceDraft.Location location) {
        Row row = new Row(location);
        list.add(row);
        rows.add(row);
        renumber();
        return row;
    }

    private void remove(Row row) {
        list.remove(row);
        rows.remove(row);
        renumber();
    }

    private void renumber() {
        errors.forgetRows(List.of("name", "street", "postcode", "city", "latitude", "longitude"));
        for (int i = 0; i < list.size(); i++) {
            Row row = list.get(i);
            String legend = getTranslation("editor.location.row", i + 1);
            row.setLegendText(legend);
            errors.register("street", i, row.street, legend + ", " + row.street.getLabel());
            errors.register("postcode", i, row.postcode, legend + ", " + row.postcode.getLabel());
            errors.register("city", i, row.city, legend + ", " + row.city.getLabel());
            errors.register("latitude", i, row.latitude, legend + ", " + row.latitude.getLabel());
            errors.register("longitude", i, row.longitude, legend + ", " + row.longitude.getLabel());
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
