package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.MeldingStep;
import nl.wegwijs.applications.Urgency;

/** Step 6: how soon help is needed, in the resident's own judgement, and why. */
final class UrgencyForm extends MeldingStepForm {

    private final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>(getTranslation("melding.urgency"));
    private final TextArea reason = area("urgencyReason", "melding.urgency.reason", "melding.urgency.reason.help",
            LONG_TEXT);

    UrgencyForm() {
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(level -> getTranslation("melding.urgency." + level.name()));
        urgency.addClassName("melding-urgency");
        problems.register("urgency", urgency, urgency.getLabel());
        add(new Paragraph(getTranslation("melding.urgency.help")), urgency, reason);
    }

    @Override
    MeldingStep step() {
        return MeldingStep.URGENCY;
    }

    @Override
    void show(MeldingInput input) {
        urgency.setValue(input.urgency);
        reason.setValue(valueOf(input.urgencyReason));
    }

    @Override
    void collect(MeldingInput input) {
        input.urgency = urgency.getValue();
        input.urgencyReason = MeldingInput.text(reason.getValue());
    }
}
