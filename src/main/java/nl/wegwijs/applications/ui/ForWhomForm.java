package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.applications.MeldingProblem;
import nl.wegwijs.applications.MeldingStep;

/** Step 1: who the melding is for. Not part of the answers: choosing starts (or resumes) that person's draft. */
final class ForWhomForm extends MeldingStepForm {

    private final RadioButtonGroup<MeldingSubjectChoices.Choice> choice = new RadioButtonGroup<>(
            getTranslation("melding.for.label"));
    private final List<MeldingSubjectChoices.Choice> choices;

    ForWhomForm(List<MeldingSubjectChoices.Choice> choices, boolean mayAskToActForOthers) {
        this.choices = choices;
        choice.setItems(choices);
        choice.setItemLabelGenerator(MeldingSubjectChoices.Choice::label);
        choice.addClassName("melding-for");
        problems.register("forWhom", choice, choice.getLabel());
        add(new Paragraph(getTranslation("melding.for.help")), choice);
        if (choices.size() == 1) {
            choice.setValue(choices.getFirst());
        }
        if (mayAskToActForOthers) {
            Paragraph other = new Paragraph(getTranslation("melding.for.other") + " ");
            other.add(new Anchor("mijn/voor-een-ander", getTranslation("melding.for.other-link")));
            add(other);
        }
    }

    boolean hasChoices() {
        return !choices.isEmpty();
    }

    void select(Bsn subject) {
        choices.stream().filter(option -> option.subject().equals(subject)).findFirst().ifPresent(choice::setValue);
    }

    Optional<Bsn> chosen() {
        return Optional.ofNullable(choice.getValue()).map(MeldingSubjectChoices.Choice::subject);
    }

    /** The choice a deep link names, if the person may choose it. */
    Optional<MeldingSubjectChoices.Choice> byReference(String reference) {
        return choices.stream().filter(option -> option.reference().equals(reference)).findFirst();
    }

    void missing() {
        showProblems(List.of(new MeldingProblem("forWhom", "for-whom-missing")));
    }

    @Override
    MeldingStep step() {
        return MeldingStep.FOR_WHOM;
    }

    @Override
    void show(MeldingInput input) {
    }

    @Override
    void collect(MeldingInput input) {
    }
}
