package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.wegwijs.applications.CaseStepRejected;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * A form on the case file: a heading, an error summary, and a save that shows a refused step at
 * its field. What was typed stays in the fields whatever the outcome.
 */
abstract class CaseForm extends Div {

    final ErrorSummary errors = new ErrorSummary("casework.errors");
    private final CaseSteps steps;
    private final Map<String, String> problems = new LinkedHashMap<>();

    CaseForm(String headingKey, CaseSteps steps) {
        this.steps = steps;
        addClassName("case-form");
        add(new H2(getTranslation(headingKey)), errors);
    }

    /** Notes a problem found before saving; {@link #problemsShown()} shows them all at once. */
    void problem(String field, String messageKey) {
        problems.putIfAbsent(field, getTranslation(messageKey));
    }

    boolean problemsShown() {
        if (problems.isEmpty()) {
            errors.clear();
            return false;
        }
        errors.show(new LinkedHashMap<>(problems));
        problems.clear();
        return true;
    }

    /** Saves the step; a refusal is shown at the field {@code fieldOf} names for its reason (or only in the summary). */
    boolean submit(CaseStep step, Function<String, String> fieldOf) {
        try {
            return steps.save(step);
        } catch (CaseStepRejected rejected) {
            String field = fieldOf.apply(rejected.reasonKey());
            errors.show(Map.of(field == null ? "#" : field, getTranslation("casework.error." + rejected.reasonKey())));
            return false;
        }
    }

    NativeButton saveButton(String labelKey, Runnable save) {
        NativeButton button = new NativeButton(getTranslation(labelKey), click -> save.run());
        button.addClassName("button-primary");
        return button;
    }
}
