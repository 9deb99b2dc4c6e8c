package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.ServiceDraft;

/** The places where the service is given: name, address, and optionally the exact point on the map. */
final class LocationsEditor extends RepeatedRows<ServiceDraft.Location, LocationsEditor.Row> {

    final class Row extends FieldSet {
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
        super(errors, "editor.location.row", List.of("street", "postcode", "city", "latitude", "longitude"));
        NativeButton add = new NativeButton(getTranslation("editor.location.add"), click -> {
            Row row = append(new ServiceDraft.Location(null, null, null, null, null, null, null));
            row.name.focus();
        });
        add.addClassName("button-secondary");
        add(rows(), add);
    }

    void setValue(List<ServiceDraft.Location> locations) {
        setValues(locations);
    }

    List<ServiceDraft.Location> value() {
        return values();
    }

    @Override
    Row row(ServiceDraft.Location location) {
        return new Row(location);
    }

    @Override
    ServiceDraft.Location value(Row row) {
        return new ServiceDraft.Location(row.id, row.name.getValue(), row.street.getValue(), row.postcode.getValue(),
                row.city.getValue(), row.latitude.getValue(), row.longitude.getValue());
    }

    @Override
    Map<String, HasValidationProperties> fields(Row row) {
        Map<String, HasValidationProperties> fields = new LinkedHashMap<>();
        fields.put("street", row.street);
        fields.put("postcode", row.postcode);
        fields.put("city", row.city);
        fields.put("latitude", row.latitude);
        fields.put("longitude", row.longitude);
        return fields;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
