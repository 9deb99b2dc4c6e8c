package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.Colleague;

/** Who handles the case: take it on yourself, or hand it to a colleague of the team. */
class AssignForm extends CaseForm {

    AssignForm(Casework casework, CaseDetail detail, List<Colleague> colleagues, AccountId me, CaseSteps steps) {
        super("casework.assign.heading", steps);
        addClassName("assign-form");
        String current = detail.consultant() == null ? getTranslation("casework.nobody")
                : colleagues.stream().filter(colleague -> colleague.id().equals(detail.consultant()))
                        .map(Colleague::name).findFirst().orElse("?");
        add(new Paragraph(getTranslation("casework.facts.consultant") + ": " + current));
        if (!me.equals(detail.consultant())) {
            var claim = saveButton("casework.claim", () -> submit(
                    version -> casework.claim(detail.reference(), version), reason -> null));
            claim.addClassName("claim-button");
            add(claim);
        }
        Select<Colleague> to = new Select<>();
        to.setLabel(getTranslation("casework.assign.to"));
        to.setItems(colleagues);
        to.setItemLabelGenerator(Colleague::name);
        errors.register("to", to, getTranslation("casework.assign.to"));
        add(to, saveButton("casework.assign.button", () -> {
            if (to.getValue() == null) {
                problem("to", "casework.required");
            }
            if (problemsShown()) {
                return;
            }
            submit(version -> casework.assign(detail.reference(), to.getValue().id(), version), reason -> "to");
        }));
    }
}
