package nl.wegwijs.accounts.ui;

import nl.wegwijs.shared.ui.ErrorSummary;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.accounts.ConsentRequest;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.RepresentationRejected;

/**
 * What a carer fills in to act for someone: their BSN and name, on what basis (with evidence for a
 * legal one), which matters and until when. Keeps whatever was typed when something is wrong.
 */
final class ConsentRequestForm extends Div {

    static final List<RepresentationBasis> BASES = List.of(RepresentationBasis.INFORMAL_CARER,
            RepresentationBasis.CURATOR, RepresentationBasis.MENTOR, RepresentationBasis.BEWINDVOERDER,
            RepresentationBasis.PARENT_OF_MINOR);

    final ErrorSummary problems = new ErrorSummary("rep.form.errors");
    private final TextField bsn = text("rep.field.bsn", "rep.field.bsn-help");
    private final TextField name = text("rep.field.name", "rep.field.name-help");
    private final RadioButtonGroup<RepresentationBasis> basis = new RadioButtonGroup<>(getTranslation("rep.field.basis"));
    private final TextField evidence = text("rep.field.evidence", "rep.field.evidence-help");
    private final CheckboxGroup<Matter> scope = new CheckboxGroup<>(getTranslation("rep.field.scope"));
    private final EndDatePicker until = new EndDatePicker(getTranslation("rep.field.until"),
            getTranslation("rep.field.until-help"), getLocale());

    ConsentRequestForm() {
        addClassName("rep-form");
        bsn.getElement().setAttribute("inputmode", "numeric");
        bsn.getElement().setAttribute("autocomplete", "off");
        bsn.setMaxLength(20);
        name.setMaxLength(250);
        bsn.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        basis.setItems(BASES);
        basis.setItemLabelGenerator(item -> getTranslation("rep.basis.choice." + item.name()));
        basis.setRequiredIndicatorVisible(true);
        basis.setManualValidation(true);
        basis.addValueChangeListener(change -> showEvidence());
        evidence.setMaxLength(350);
        // No required indicator on the checkbox group: it puts aria-required on role=group, which ARIA does not allow.
        scope.setItems(Matter.values());
        scope.setItemLabelGenerator(matter -> getTranslation("rep.matter.choice." + matter.name()));
        scope.setHelperText(getTranslation("rep.field.scope-help"));
        scope.setManualValidation(true);
        problems.register("representeeBsn", bsn, bsn.getLabel());
        problems.register("representeeName", name, name.getLabel());
        problems.register("basis", basis, basis.getLabel());
        problems.register("evidence", evidence, evidence.getLabel());
        problems.register("scope", scope, scope.getLabel());
        problems.register("validUntil", until, until.getLabel());
        FormLayout layout = new FormLayout(bsn, name, basis, evidence, scope, until);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(problems, layout);
        showEvidence();
    }

    /** The request as typed; evidence only for a basis that needs it. */
    ConsentRequest value() {
        RepresentationBasis chosen = basis.getValue();
        boolean needsEvidence = chosen != null && chosen.needsEvidence();
        return new ConsentRequest(bsn.getValue(), name.getValue(), chosen, scope.getValue(), until.getValue(),
                needsEvidence ? evidence.getValue() : null);
    }

    /** Whether the end date field holds something that is no date; the request would miss it. */
    boolean endDateUnreadable() {
        return until.unreadable();
    }

    /** Shows {@code rejected}'s problems, plus one for an end date that could not be read. */
    void show(List<RepresentationRejected.Problem> rejected) {
        var all = new ArrayList<>(rejected);
        if (endDateUnreadable()) {
            all.removeIf(problem -> problem.field().equals("validUntil"));
            all.add(new RepresentationRejected.Problem("validUntil", "until.unreadable"));
        }
        problems.show("rep.error.", all, RepresentationRejected.Problem::field, RepresentationRejected.Problem::code);
    }

    private void showEvidence() {
        RepresentationBasis chosen = basis.getValue();
        evidence.setVisible(chosen != null && chosen.needsEvidence());
        if (chosen != null && chosen.needsEvidence()) {
            evidence.setHelperText(getTranslation("rep.field.evidence-help." + chosen.name()));
        }
    }

    private TextField text(String labelKey, String helpKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }
}
