package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.chat.ChatRota;
import nl.wegwijs.chat.RotaMember;
import nl.wegwijs.chat.Shift;
import nl.wegwijs.chat.ShiftRejected;
import nl.wegwijs.chat.ShiftRequest;

/**
 * Adds a shift. A refusal is shown at the field it concerns (Vaadin links the message to the field
 * for screen readers), focus moves there, and everything typed stays.
 */
class ShiftForm extends Section {

    private final ChatRota rota;
    private final Consumer<Shift> added;
    private final Select<RotaMember> responder = new Select<>();
    private final RadioButtonGroup<Shift.Tier> tier = new RadioButtonGroup<>();
    private final DatePicker date;
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final Checkbox endsNextDay = new Checkbox();
    private final Map<ShiftRejected.Field, HasValidationProperties> fields;

    ShiftForm(ChatRota rota, List<RotaMember> responders, Consumer<Shift> added) {
        this.rota = rota;
        this.added = added;
        addClassName("rota-form");
        H2 heading = new H2(getTranslation("chat.rota.form.heading"));
        heading.setId("rota-form-heading");
        getElement().setAttribute("aria-labelledby", "rota-form-heading");

        responder.setLabel(getTranslation("chat.rota.form.responder"));
        responder.setHelperText(getTranslation("chat.rota.form.responder-help"));
        responder.setItems(responders);
        responder.setItemLabelGenerator(RotaMember::displayName);
        tier.setLabel(getTranslation("chat.rota.form.tier"));
        tier.setItems(Shift.Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation("chat.rota.tier." + t.name()));
        tier.setValue(Shift.Tier.VOLUNTEER);
        date = CoordinatorDates.datePicker(getTranslation("chat.rota.form.date"),
                getTranslation("chat.rota.form.date-help"), getLocale());
        start.setLabel(getTranslation("chat.rota.form.start"));
        end.setLabel(getTranslation("chat.rota.form.end"));
        for (TimePicker time : List.of(start, end)) {
            time.setLocale(CoordinatorDates.formatLocale(getLocale()));
            time.setStep(Duration.ofMinutes(30));
            time.setHelperText(getTranslation("chat.rota.form.time-help"));
        }
        endsNextDay.setLabel(getTranslation("chat.rota.form.next-day"));
        fields = Map.of(ShiftRejected.Field.RESPONDER, responder, ShiftRejected.Field.TIER, tier,
                ShiftRejected.Field.DATE, date, ShiftRejected.Field.START, start, ShiftRejected.Field.END, end);
        fields.values().forEach(field -> field.setManualValidation(true));

        Button add = new Button(getTranslation("chat.rota.form.add"), click -> submit());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div times = new Div(date, start, end);
        times.addClassName("rota-form__times");
        add(heading, responder, tier, times, endsNextDay, add);
    }

    private void submit() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            Shift shift = rota.add(new ShiftRequest(responder.isEmpty() ? null : responder.getValue().username(),
                    tier.getValue(), date.getValue(), start.getValue(), end.getValue(), endsNextDay.getValue()));
            added.accept(shift);
        } catch (ShiftRejected rejected) {
            HasValidationProperties field = fields.get(rejected.field());
            String clash = rejected.clash()
                    .map(other -> CoordinatorDates.describe(other.start(), other.end(), getLocale())).orElse("");
            field.setErrorMessage(getTranslation(rejected.messageKey(), clash));
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }
}
