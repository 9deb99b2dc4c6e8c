package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.Map;
import nl.wegwijs.applications.LifeDomain;
import nl.wegwijs.applications.MeldingStep;

/** Step 2: what is hard in daily life, per life domain, in the resident's own words. */
final class DifficultiesForm extends MeldingStepForm {

    private final Map<LifeDomain, TextArea> areas = new EnumMap<>(LifeDomain.class);

    DifficultiesForm() {
        add(new Paragraph(getTranslation("melding.difficulties.help")));
        for (LifeDomain domain : LifeDomain.values()) {
            TextArea area = area("difficulties." + domain.name(), "melding.domain." + domain.name(),
                    "melding.domain." + domain.name() + ".help", LONG_TEXT);
            areas.put(domain, area);
            add(area);
        }
        TextArea first = areas.get(LifeDomain.values()[0]);
        problems.register("difficulties", first, first.getLabel());
    }

    @Override
    MeldingStep step() {
        return MeldingStep.DIFFICULTIES;
    }

    @Override
    void show(MeldingInput input) {
        areas.forEach((domain, area) -> area.setValue(valueOf(input.difficulties.get(domain))));
    }

    @Override
    void collect(MeldingInput input) {
        input.difficulties.clear();
        areas.forEach((domain, area) -> {
            String words = MeldingInput.text(area.getValue());
            if (words != null) {
                input.difficulties.put(domain, words);
            }
        });
    }
}
