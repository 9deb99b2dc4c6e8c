package nl.wegwijs.shared.ui;

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
import java.util.function.Function;

/**
 * Shows refused input twice: at each field (Vaadin ties the message to the field for screen
 * readers) and in a summary at the top, whose entries move focus to their field. One for every
 * form that checks its input on the server.
 */
public final class ErrorSummary extends Div {

    private record Target(HasValidationProperties field, String label) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final String headingKey;

    /** {@code headingKey} translates to the summary's heading; {@code {0}} is the number of problems. */
    public ErrorSummary(String headingKey) {
        this.headingKey = headingKey;
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    public void register(String field, HasValidationProperties component, String label) {
        component.setManualValidation(true);
        targets.put(field, new Target(component, label));
    }

    /** Forgets the fields whose names match, e.g. the rows of a list before they are numbered again. */
    public void forget(java.util.function.Predicate<String> field) {
        targets.keySet().removeIf(field);
    }

    public void clear() {
        targets.values().forEach(target -> {
            target.field().setInvalid(false);
            target.field().setErrorMessage(null);
        });
        removeAll();
        setVisible(false);
    }

    /**
     * Shows each problem, translated as {@code keyPrefix + code}, keyed by field; problems
     * without a field (or a second one for the same field) are listed under their own key.
     */
    public <P> void show(String keyPrefix, List<P> problems, Function<P, String> fieldOf, Function<P, String> codeOf) {
        var messages = new LinkedHashMap<String, String>();
        for (P problem : problems) {
            String field = fieldOf.apply(problem);
            String key = field == null || messages.containsKey(field) ? "#" + messages.size() : field;
            messages.put(key, getTranslation(keyPrefix + codeOf.apply(problem)));
        }
        show(messages);
    }

    /** Shows each problem (field name to translated message) at its field and in the summary, and focuses the summary. */
    public void show(Map<String, String> problems) {
        clear();
        UnorderedList list = new UnorderedList();
        problems.forEach((field, message) -> {
            Target target = targets.get(field);
            if (target == null) {
                list.add(new ListItem(message));
                return;
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
        });
        add(new H2(getTranslation(headingKey, problems.size())), list);
        setVisible(true);
        getElement().executeJs("this.focus()");
    }
}
