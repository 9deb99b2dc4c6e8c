package nl.wegwijs.accounts.ui;

import nl.wegwijs.shared.ui.ErrorSummary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import nl.wegwijs.accounts.CounterSessionRejected;
import nl.wegwijs.accounts.CounterSessionSummary;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.accounts.CounterStart;
import nl.wegwijs.accounts.IdentityDocument;
import nl.wegwijs.accounts.Matter;

/** What the employee notes before helping a walk-in; everything typed stays when something is wrong. */
final class CounterStartForm extends Div {

    private final ErrorSummary errors = new ErrorSummary("counter.errors");
    private final TextField bsn = text("counter.field.bsn", "counter.field.bsn-help");
    private final TextField name = text("counter.field.name", null);
    private final RadioButtonGroup<IdentityDocument> document =
            new RadioButtonGroup<>(getTranslation("counter.field.document"));
    private final TextField last4 = text("counter.field.last4", "counter.field.last4-help");
    private final CheckboxGroup<Matter> scope = new CheckboxGroup<>(getTranslation("counter.field.scope"));
    private final Checkbox consent = new Checkbox(getTranslation("counter.field.consent"));

    CounterStartForm(CounterSessions sessions, Consumer<CounterSessionSummary> started) {
        addClassName("counter-start");
        bsn.addClassName("counter-bsn");
        name.addClassName("counter-name");
        document.addClassName("counter-document");
        last4.addClassName("counter-last4");
        scope.addClassName("counter-scope");
        consent.addClassName("counter-consent");
        bsn.getElement().setAttribute("inputmode", "numeric");
        bsn.getElement().setAttribute("autocomplete", "off");
        name.getElement().setAttribute("autocomplete", "off");
        last4.getElement().setAttribute("autocomplete", "off");
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(type -> getTranslation("counter.document." + type.name()));
        document.setRequiredIndicatorVisible(true);
        document.setManualValidation(true);
        scope.setItems(Matter.values());
        scope.setItemLabelGenerator(matter -> getTranslation("counter.matter." + matter.name()));
        scope.setValue(Set.of(Matter.APPLICATIONS));
        // No required indicator on the checkbox group: it puts aria-required on role=group, which ARIA does not allow.
        scope.setHelperText(getTranslation("counter.field.scope-help"));
        scope.setManualValidation(true);
        consent.setManualValidation(true);
        errors.register("residentBsn", bsn, bsn.getLabel());
        errors.register("residentName", name, name.getLabel());
        errors.register("document", document, document.getLabel());
        errors.register("documentLast4", last4, last4.getLabel());
        errors.register("scope", scope, scope.getLabel());
        errors.register("consent", consent, getTranslation("counter.field.consent-short"));

        NativeButton start = new NativeButton(getTranslation("counter.start"), click -> {
            try {
                started.accept(sessions.start(value()));
            } catch (CounterSessionRejected rejected) {
                errors.show("counter.error.", rejected.problems(), CounterSessionRejected.Problem::field,
                        CounterSessionRejected.Problem::code);
            }
        });
        start.addClassName("button-primary");
        start.addClassName("counter-start-button");
        FormLayout fields = new FormLayout(bsn, name, document, last4, scope, consent);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(errors, new H2(getTranslation("counter.start-heading")), fields, start);
    }

    private CounterStart value() {
        return new CounterStart(bsn.getValue(), name.getValue(), document.getValue(), last4.getValue(),
                consent.getValue(), scope.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(scope.getValue()));
    }

    private TextField text(String labelKey, String helpKey) {
        TextField field = new TextField(getTranslation(labelKey));
        if (helpKey != null) {
            field.setHelperText(getTranslation(helpKey));
        }
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }
}
