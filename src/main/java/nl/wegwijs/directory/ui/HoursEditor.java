package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.directory.ServiceDraft;

/** Opening hours as rows of weekday, opens and closes; a day may have several rows (morning, evening). */
final class HoursEditor extends Div {

    private final FieldErrors errors;
    private final Div rows = new Div();
    private final List<Row> list = new ArrayList<>();
    private final Paragraph otherSchedules = new Paragraph();

    private final class Row extends FieldSet {
        final Select<DayOfWeek> day = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();

        Row(ServiceDraft.Hours hours) {
            addClassName("editor-row");
            setLegendText(getTranslation("editor.hours.row", list.size() + 1));
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

        ServiceDraft.Hours value() {
            return new ServiceDraft.Hours(day.getValue(), opens.getValue(), closes.getValue());
        }
    }

    HoursEditor(FieldErrors errors) {
        this.errors = errors;
        addClassName("editor-list");
        otherSchedules.setText(getTranslation("editor.hours.other"));
        otherSchedules.addClassName("notice");
        otherSchedules.setVisible(false);
        NativeButton add = new NativeButton(getTranslation("editor.hours.add"), click -> {
            Row row = append(new ServiceDraft.Hours(null, null, null));
            row.day.focus();
        });
        add.addClassName("button-secondary");
        add(otherSchedules, rows, add);
    }

    void setValue(List<ServiceDraft.Hours> hours, boolean keepsOtherSchedules) {
        new ArrayList<>(list).forEach(this::remove);
        hours.forEach(this::append);
        otherSchedules.setVisible(keepsOtherSchedules);
    }

    List<ServiceDraft.Hours> value() {
        return list.stream().map(Row::value).toList();
    }

    private Row append(ServiceDraft.Hours hours) {
        Row row = new Row(hours);
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

    /** Rows are numbered in the legend and in the error list, so both refer to the same row. */
    private void renumber() {
        errors.forgetRows(List.of("day", "opens", "closes"));
        for (int i = 0; i < list.size(); i++) {
            Row row = list.get(i);
            String legend = getTranslation("editor.hours.row", i + 1);
            row.setLegendText(legend);
            errors.register("day", i, row.day, legend + ", " + row.day.getLabel());
            errors.register("opens", i, row.opens, legend + ", " + row.opens.getLabel());
            errors.register("closes", i, row.closes, legend + ", " + row.closes.getLabel());
        }
    }
}
