package nl.wegwijs.accounts.ui;

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
import nl.wegwijs.accounts.RepresentationRejected;

/**
 * Shows a request's problems twice: on each field (Vaadin links the message to the field for
 * screen readers) and in a summary at the top whose entries move focus to the field.
 */
final class ProblemSummary extends Div {

    /** A field that can show an error, with the label the summary names it by. */
    private record Target(HasValidationProperties field, String label) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    ProblemSummary() {
        addClassName("rep-errors");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    void register(String field, HasValidationProperties component, String label) {
        targets.put(field, new Target(component, label));
    }

    void clear() {
        targets.values().forEach(target -> {
            target.field().setInvalid(false);
            target.field().setErrorMessage(null);
        });
        removeAll();
        setVisible(false);
    }

    void show(List<RepresentationRejected.Problem> problems) {
        clear();
        UnorderedList list = new UnorderedList();
        for (RepresentationRejected.Problem problem : problems) {
            String message = getTranslation("rep.error." + problem.code());
            Target target = targets.get(problem.field());
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
            jump.addClassName("rep-link-button");
            list.add(new ListItem(jump));
        }
        add(new H2(getTranslation("rep.form.errors", problems.size())), list);
        setVisible(true);
        getElement().executeJs("this.focus()");
    }
}
