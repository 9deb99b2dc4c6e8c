package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.FieldProblem;

/**
 * Shows the service's problems twice: on each field (Vaadin links the message to the field for
 * screen readers) and in a summary at the top that moves focus to the field when chosen.
 */
final class FieldErrors extends Div {

    /** A field that can show an error, with the label the summary names it by. */
    record Target(HasValidationProperties field, String label) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    FieldErrors() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    void register(String field, int index, HasValidationProperties component, String label) {
        targets.put(key(field, index), new Target(component, label));
    }

    /** Forgets the rows of a list (locations, opening hours) before they are numbered again. */
    void forgetRows(List<String> fields) {
        targets.keySet().removeIf(key -> fields.stream().anyMatch(field -> key.startsWith(field + "@"))
                && !key.endsWith("@-1"));
    }

    void clear() {
        targets.values().forEach(target -> {
            target.field().setInvalid(false);
            target.field().setErrorMessage(null);
        });
        removeAll();
        setVisible(false);
    }

    void show(List<FieldProblem> problems) {
        clear();
        UnorderedList list = new UnorderedList();
        for (FieldProblem problem : problems) {
            Target target = targets.get(key(problem.field(), problem.index()));
            String message = getTranslation(problem.messageKey());
            if (target == null) {
                list.add(new ListItem(message));
                continue;
            }
            target.field().setErrorMessage(message);
            target.field().setInvalid(true);
            NativeButton jump = new NativeButton(target.label() + ": " + message, click -> {
                if (target.field() instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            });
            jump.addClassName("link-button");
            list.add(new ListItem(jump));
        }
        add(new H2(getTranslation("editor.form.errors", problems.size())), list);
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    private static String key(String field, int index) {
        return field + "@" + index;
    }
}
