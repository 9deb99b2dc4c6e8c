package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.directory.ServiceDraft;

/** Opening hours as rows of weekday, opens and closes; a day may have several rows (morning, evening). */
final class HoursEditor extends RepeatedRows<ServiceDraft.Hours, HoursEditor.Row> {

    private final Paragraph otherSchedules = new Paragraph();

    final class Row extends FieldSet {
        final Select<DayOfWeek> day = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();

        Row(ServiceDraft.Hours hours) {
            addClassName("editor-row");
            setLegendText(getTranslation("editor.hours.row", size() + 1));
            day.setLabel(getTranslation("editor.hours.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> getTranslation("editor.day." + d.name()));
            opens.setLabel(getTranslation("editor.hours.opens"));
            closes.setLabel(getTranslation("editor.hours.closes"));
            for (TimePicker time : List.of(opens, closes)) {
                time.setLocale(Locale.of("nl", "NL"));
                time.setHelperText(getTranslation("editor.hours.time-help"));
                time.setManualValidation(true);
            }
            day.setManualValidation(true);
            day.setValue(hours.day());
            opens.setValue(hours.opens());
            closes.setValue(hours.closes());
            NativeButton remove = new NativeButton(getTranslation("editor.hours.remove"), click -> remove(this));
            remove.addClassName("button-secondary");
            Div fields = new Div(day, opens, closes);
            fields.addClassName("editor-row__fields");
            add(fields, remove);
        }

    }

    HoursEditor(FieldErrors errors) {
        super(errors, "editor.hours.row", List.of("day", "opens", "closes"));
        otherSchedules.setText(getTranslation("editor.hours.other"));
        otherSchedules.addClassName("notice");
        otherSchedules.setVisible(false);
        NativeButton add = new NativeButton(getTranslation("editor.hours.add"), click -> {
            Row row = append(new ServiceDraft.Hours(null, null, null));
            row.day.focus();
        });
        add.addClassName("button-secondary");
        add(otherSchedules, rows(), add);
    }

    void setValue(List<ServiceDraft.Hours> hours, boolean keepsOtherSchedules) {
        setValues(hours);
        otherSchedules.setVisible(keepsOtherSchedules);
    }

    List<ServiceDraft.Hours> value() {
        return values();
    }

    @Override
    Row row(ServiceDraft.Hours hours) {
        return new Row(hours);
    }

    @Override
    ServiceDraft.Hours value(Row row) {
        return new ServiceDraft.Hours(row.day.getValue(), row.opens.getValue(), row.closes.getValue());
    }

    @Override
    Map<String, HasValidationProperties> fields(Row row) {
        Map<String, HasValidationProperties> fields = new LinkedHashMap<>();
        fields.put("day", row.day);
        fields.put("opens", row.opens);
        fields.put("closes", row.closes);
        return fields;
    }
}
