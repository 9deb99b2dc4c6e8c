package nl.wegwijs.applications.ui;

import java.time.LocalDate;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.shared.ui.LocalizedDatePicker;

/** Records the day the formal aanvraag came in: from then the decision term of 2 weeks runs. */
class AanvraagForm extends CaseForm {

    AanvraagForm(Casework casework, CaseDetail detail, CaseSteps steps) {
        super("casework.aanvraag.heading", steps);
        addClassName("aanvraag-form");
        var date = new LocalizedDatePicker(getTranslation("casework.aanvraag.date"), getLocale());
        date.setHelperText(getTranslation("casework.aanvraag.helper"));
        date.setValue(LocalDate.now(CaseTexts.ZONE));
        errors.register("date", date, getTranslation("casework.aanvraag.date"));
        add(date, saveButton("casework.aanvraag.save", () -> {
            if (date.unreadable()) {
                problem("date", "casework.date.unreadable");
            } else if (date.getValue() == null) {
                problem("date", "casework.required");
            }
            if (problemsShown()) {
                return;
            }
            submit(version -> casework.recordAanvraag(detail.reference(), date.getValue(), version),
                    reason -> reason.startsWith("aanvraag-date") ? "date" : null);
        }));
    }
}
