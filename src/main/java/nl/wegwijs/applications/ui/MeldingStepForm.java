package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.wegwijs.applications.MeldingProblem;
import nl.wegwijs.applications.MeldingStep;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * One screen of the melding wizard: shows the answers it asks for, writes back what was typed,
 * and shows the server's problems at its fields and in its own error summary.
 */
abstract class MeldingStepForm extends Div {

    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 200;

    final ErrorSummary problems = new ErrorSummary("melding.errors");

    MeldingStepForm() {
        addClassName("melding-step-form");
        add(problems);
    }

    abstract MeldingStep step();

    abstract void show(MeldingInput input);

    abstract void collect(MeldingInput input);

    void showProblems(List<MeldingProblem> found) {
        problems.show("melding.error.", found, MeldingProblem::field, MeldingProblem::messageKey);
    }

    void clearProblems() {
        problems.clear();
    }

    TextArea area(String field, String labelKey, String helpKey, int maxLength) {
        TextArea area = new TextArea(getTranslation(labelKey));
        if (helpKey != null) {
            area.setHelperText(getTranslation(helpKey));
        }
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.addClassName("melding-" + field.replace('.', '-').toLowerCase());
        problems.register(field, area, area.getLabel());
        return area;
    }

    TextField text(String field, String labelKey, String helpKey, int maxLength) {
        TextField text = new TextField(getTranslation(labelKey));
        if (helpKey != null) {
            text.setHelperText(getTranslation(helpKey));
        }
        text.setMaxLength(maxLength);
        text.setWidthFull();
        text.addClassName("melding-" + field.toLowerCase());
        problems.register(field, text, text.getLabel());
        return text;
    }

    static String valueOf(String text) {
        return text == null ? "" : text;
    }
}
