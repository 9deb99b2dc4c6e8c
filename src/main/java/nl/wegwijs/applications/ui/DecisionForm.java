package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.Decision;
import nl.wegwijs.applications.DecisionOutcome;
import nl.wegwijs.applications.DeliveryForm;
import nl.wegwijs.applications.Provision;

/** The decision: granted, partly or refused; the provision and its form (in kind or PGB); the reasons for the letter. */
class DecisionForm extends CaseForm {

    private final RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>();
    private final RadioButtonGroup<Provision> provision = new RadioButtonGroup<>();
    private final RadioButtonGroup<DeliveryForm> form = new RadioButtonGroup<>();
    private final TextArea reasons = new TextArea(getTranslation("casework.decision.reasons"));

    DecisionForm(Casework casework, CaseDetail detail, CaseSteps steps) {
        super("casework.decision.heading", steps);
        addClassName("decision-form");
        outcome.setLabel(getTranslation("casework.decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("casework.outcome." + value.name()));
        provision.setLabel(getTranslation("casework.decision.provision"));
        provision.setItems(Provision.values());
        provision.setItemLabelGenerator(value -> getTranslation("casework.provision." + value.name()));
        form.setLabel(getTranslation("casework.decision.form"));
        form.setItems(DeliveryForm.values());
        form.setItemLabelGenerator(value -> getTranslation("casework.form." + value.name()));
        reasons.setHelperText(getTranslation("casework.decision.reasons-helper"));
        reasons.setMinRows(4);
        errors.register("outcome", outcome, getTranslation("casework.decision.outcome"));
        errors.register("provision", provision, getTranslation("casework.decision.provision"));
        errors.register("form", form, getTranslation("casework.decision.form"));
        errors.register("reasons", reasons, getTranslation("casework.decision.reasons"));
        add(outcome, provision, form, reasons, saveButton("casework.decision.save", () -> save(casework, detail)));
    }

    private void save(Casework casework, CaseDetail detail) {
        if (outcome.getValue() == null) {
            problem("outcome", "casework.error.decision-outcome-missing");
        } else if (outcome.getValue() != DecisionOutcome.REFUSED) {
            if (provision.getValue() == null) {
                problem("provision", "casework.error.decision-provision-missing");
            }
            if (form.getValue() == null) {
                problem("form", "casework.error.decision-provision-missing");
            }
        }
        if (reasons.getValue().isBlank()) {
            problem("reasons", "casework.error.decision-reasons-missing");
        }
        if (problemsShown()) {
            return;
        }
        boolean refused = outcome.getValue() == DecisionOutcome.REFUSED;
        var decision = new Decision(outcome.getValue(), refused ? null : provision.getValue(),
                refused ? null : form.getValue(), reasons.getValue());
        submit(version -> casework.decide(detail.reference(), decision, version), reason -> switch (reason) {
            case "decision-outcome-missing" -> "outcome";
            case "decision-provision-missing" -> "provision";
            case "decision-reasons-missing", "decision-reasons-too-long" -> "reasons";
            default -> null;
        });
    }
}
