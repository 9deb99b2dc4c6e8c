package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDateTime;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.ConversationPlan;
import nl.wegwijs.shared.ui.LocalizedDatePicker;

/** Plans the intake conversation: date, time, place and who attends; the carer from the melding is invited by default. */
class PlanConversationForm extends CaseForm {

    private final LocalizedDatePicker date;
    private final TypedTime time = new TypedTime(getTranslation("casework.plan.time"));
    private final TextField place = new TextField(getTranslation("casework.plan.place"));
    private final TextArea attendees = new TextArea(getTranslation("casework.plan.attendees"));
    private final Checkbox carerInvited = new Checkbox(getTranslation("casework.plan.carer-invited"));

    PlanConversationForm(Casework casework, CaseDetail detail, CaseSteps steps) {
        super("casework.plan.heading", steps);
        addClassName("plan-form");
        date = new LocalizedDatePicker(getTranslation("casework.plan.date"), getLocale());
        time.setLocale(CaseTexts.english(getLocale()) ? java.util.Locale.UK : java.util.Locale.of("nl", "NL"));
        time.setManualValidation(true);
        place.setHelperText(getTranslation("casework.plan.place-helper"));
        var answers = detail.answers();
        boolean hasCarer = Boolean.TRUE.equals(answers.hasCarer());
        attendees.setValue(detail.subjectName() + (hasCarer && answers.carerName() != null
                ? ", " + answers.carerName() : ""));
        carerInvited.setValue(hasCarer);
        carerInvited.setVisible(hasCarer);
        errors.register("date", date, getTranslation("casework.plan.date"));
        errors.register("time", time, getTranslation("casework.plan.time"));
        errors.register("place", place, getTranslation("casework.plan.place"));
        errors.register("attendees", attendees, getTranslation("casework.plan.attendees"));
        add(date, time, place, attendees, carerInvited, saveButton("casework.plan.save", () -> save(casework, detail)));
    }

    private void save(Casework casework, CaseDetail detail) {
        if (date.unreadable()) {
            problem("date", "casework.date.unreadable");
        } else if (date.getValue() == null) {
            problem("date", "casework.required");
        }
        if (time.unreadable()) {
            problem("time", "casework.time.unreadable");
        } else if (time.getValue() == null) {
            problem("time", "casework.required");
        }
        if (place.getValue().isBlank()) {
            problem("place", "casework.required");
        }
        if (problemsShown()) {
            return;
        }
        var at = LocalDateTime.of(date.getValue(), time.getValue()).atZone(CaseTexts.ZONE).toInstant();
        var plan = new ConversationPlan(at, place.getValue(), attendees.getValue(), carerInvited.getValue());
        submit(version -> casework.planConversation(detail.reference(), plan, version), reason -> switch (reason) {
            case "conversation-in-past" -> "date";
            case "place-too-long" -> "place";
            case "attendees-too-long" -> "attendees";
            default -> null;
        });
    }

    /** A time picker that tells when what was typed is no time. */
    static final class TypedTime extends TimePicker {

        TypedTime(String label) {
            super(label);
        }

        boolean unreadable() {
            return isInputUnparsable();
        }
    }
}
