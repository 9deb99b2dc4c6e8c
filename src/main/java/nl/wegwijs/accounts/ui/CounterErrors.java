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
import nl.wegwijs.accounts.CounterSessionRejected;

/**
 * Shows why a counter session could not start twice: at each field (Vaadin ties the message to
 * the field for screen readers) and in a summary at the top whose entries move focus to the field.
 */
final class CounterErrors extends Div {

    private record Target(HasValidationProperties field, String label) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    CounterErrors() {
        addClassName("error-summary");
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

    void show(List<CounterSessionRejected.Problem> problems) {
        clear();
        UnorderedList list = new UnorderedList();
        for (CounterSessionRejected.Problem problem : problems) {
            String message = getTranslation("counter.error." + problem.code());
            Target target = problem.field() == null ? null : targets.get(problem.field());
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
        add(new H2(getTranslation("counter.errors")), list);
        setVisible(true);
        getElement().executeJs("this.focus()");
    }
}
