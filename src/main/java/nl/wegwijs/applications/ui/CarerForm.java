package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wegwijs.applications.MeldingStep;

/** Step 4: whether someone cares for the resident, and how that is for the carer. */
final class CarerForm extends MeldingStepForm {

    private final RadioButtonGroup<Boolean> hasCarer = new RadioButtonGroup<>(getTranslation("melding.carer.has"));
    private final TextField carerName = text("carerName", "melding.carer.name", "melding.carer.name.help", SHORT_TEXT);
    private final TextArea carerSituation = area("carerSituation", "melding.carer.situation",
            "melding.carer.situation.help", LONG_TEXT);

    CarerForm() {
        hasCarer.setItems(Boolean.TRUE, Boolean.FALSE);
        hasCarer.setItemLabelGenerator(yes -> getTranslation(yes ? "melding.carer.yes" : "melding.carer.no"));
        hasCarer.addClassName("melding-hascarer");
        hasCarer.addValueChangeListener(change -> showCarerFields());
        problems.register("hasCarer", hasCarer, hasCarer.getLabel());
        add(new Paragraph(getTranslation("melding.carer.help")), hasCarer, carerName, carerSituation);
        showCarerFields();
    }

    private void showCarerFields() {
        boolean shown = Boolean.TRUE.equals(hasCarer.getValue());
        carerName.setVisible(shown);
        carerSituation.setVisible(shown);
    }

    @Override
    MeldingStep step() {
        return MeldingStep.CARER;
    }

    @Override
    void show(MeldingInput input) {
        hasCarer.setValue(input.hasCarer);
        carerName.setValue(valueOf(input.carerName));
        carerSituation.setValue(valueOf(input.carerSituation));
        showCarerFields();
    }

    @Override
    void collect(MeldingInput input) {
        input.hasCarer = hasCarer.getValue();
        // Kept even when "no" is chosen, so switching back does not lose what was typed.
        input.carerName = MeldingInput.text(carerName.getValue());
        input.carerSituation = MeldingInput.text(carerSituation.getValue());
    }
}
