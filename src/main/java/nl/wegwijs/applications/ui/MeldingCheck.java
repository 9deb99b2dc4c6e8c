package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.applications.DocumentSummary;
import nl.wegwijs.applications.LifeDomain;
import nl.wegwijs.applications.MeldingStep;

/** Step 8: everything that was answered, step by step, each with a link back to change it. */
final class MeldingCheck extends MeldingStepForm {

    private final Div sections = new Div();
    private final Consumer<MeldingStep> edit;

    MeldingCheck(Consumer<MeldingStep> edit) {
        this.edit = edit;
        sections.addClassName("melding-check");
        add(new Paragraph(getTranslation("melding.check.help")), sections);
    }

    void show(String subjectName, MeldingInput input, List<DocumentSummary> documents) {
        sections.removeAll();
        section(MeldingStep.FOR_WHOM, row("melding.for.label", subjectName));
        var difficulties = new DescriptionList();
        for (LifeDomain domain : LifeDomain.values()) {
            if (input.difficulties.containsKey(domain)) {
                add(difficulties, "melding.domain." + domain.name(), input.difficulties.get(domain));
            }
        }
        section(MeldingStep.DIFFICULTIES, difficulties);
        section(MeldingStep.OWN_SOLUTIONS, row("melding.own.strength", input.ownStrength),
                "melding.own.network", input.network);
        var carer = row("melding.carer.has", input.hasCarer == null ? null
                : getTranslation(input.hasCarer ? "melding.carer.yes" : "melding.carer.no"));
        if (Boolean.TRUE.equals(input.hasCarer)) {
            add(carer, "melding.carer.name", input.carerName);
            add(carer, "melding.carer.situation", input.carerSituation);
        }
        section(MeldingStep.CARER, carer);
        var contact = row("melding.contact.postcode", input.postcode);
        add(contact, "melding.contact.house-number", input.houseNumber);
        add(contact, "melding.contact.phone", input.phone);
        add(contact, "melding.contact.email", input.email);
        add(contact, "melding.contact.by", input.contactBy == null ? null
                : getTranslation("melding.contact.by." + input.contactBy.name()));
        add(contact, "melding.contact.time", input.preferredTime);
        add(contact, "melding.contact.notify", input.notifyBy == null ? null
                : getTranslation("melding.contact.notify." + input.notifyBy.name()));
        section(MeldingStep.CONTACT, contact);
        section(MeldingStep.URGENCY, row("melding.urgency", input.urgency == null ? null
                : getTranslation("melding.urgency." + input.urgency.name())), "melding.urgency.reason",
                input.urgencyReason);
        var plan = row("melding.plan", input.personalPlan);
        add(plan, "melding.upload.list", documents.isEmpty() ? null : String.join(", ",
                documents.stream().map(DocumentSummary::fileName).toList()));
        section(MeldingStep.PLAN_AND_DOCUMENTS, plan);
    }

    private void section(MeldingStep step, DescriptionList list, String labelKey, String value) {
        add(list, labelKey, value);
        section(step, list);
    }

    private void section(MeldingStep step, DescriptionList list) {
        String title = getTranslation("melding.step." + step.name());
        NativeButton change = new NativeButton(getTranslation("melding.check.change"), click -> edit.accept(step));
        change.addClassName("link-button");
        change.addClassName("melding-change-" + step.number());
        change.getElement().setAttribute("aria-label", getTranslation("melding.check.change-named", title));
        Div section = new Div(new H3(title), list, change);
        section.addClassName("melding-check-section");
        sections.add(section);
    }

    private DescriptionList row(String labelKey, String value) {
        var list = new DescriptionList();
        add(list, labelKey, value);
        return list;
    }

    private void add(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("melding.check.empty") : value));
    }

    @Override
    MeldingStep step() {
        return MeldingStep.CHECK;
    }

    @Override
    void show(MeldingInput input) {
    }

    @Override
    void collect(MeldingInput input) {
    }
}
