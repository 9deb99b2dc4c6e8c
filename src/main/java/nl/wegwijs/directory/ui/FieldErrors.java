package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.List;
import nl.wegwijs.directory.FieldProblem;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * The service form's {@link ErrorSummary}: problems at each field and in a summary at the top.
 * Fields of repeated rows (locations, opening hours) are known by name and row number.
 */
final class FieldErrors extends Composite<ErrorSummary> {

    private final ErrorSummary summary = new ErrorSummary("editor.form.errors");

    @Override
    protected ErrorSummary initContent() {
        return summary;
    }

    void register(String field, int index, HasValidationProperties component, String label) {
        summary.register(key(field, index), component, label);
    }

    /** Forgets the rows of a list (locations, opening hours) before they are numbered again. */
    void forgetRows(List<String> fields) {
        summary.forget(key -> fields.stream().anyMatch(field -> key.startsWith(field + "@")) && !key.endsWith("@-1"));
    }

    void clear() {
        summary.clear();
    }

    void show(List<FieldProblem> problems) {
        summary.show("", problems, problem -> key(problem.field(), problem.index()), FieldProblem::messageKey);
    }

    private static String key(String field, int index) {
        return field + "@" + index;
    }
}
