package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.MeldingStep;

/** Step 3: what the resident already does themselves, and what family, friends or neighbours do. */
final class OwnSolutionsForm extends MeldingStepForm {

    private final TextArea ownStrength = area("ownStrength", "melding.own.strength", "melding.own.strength.help",
            LONG_TEXT);
    private final TextArea network = area("network", "melding.own.network", "melding.own.network.help", LONG_TEXT);

    OwnSolutionsForm() {
        add(new Paragraph(getTranslation("melding.own.help")), ownStrength, network);
    }

    @Override
    MeldingStep step() {
        return MeldingStep.OWN_SOLUTIONS;
    }

    @Override
    void show(MeldingInput input) {
        ownStrength.setValue(valueOf(input.ownStrength));
        network.setValue(valueOf(input.network));
    }

    @Override
    void collect(MeldingInput input) {
        input.ownStrength = MeldingInput.text(ownStrength.getValue());
        input.network = MeldingInput.text(network.getValue());
    }
}
