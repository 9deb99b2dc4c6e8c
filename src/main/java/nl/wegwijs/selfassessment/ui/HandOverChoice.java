package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.selfassessment.AnsweredQuestion;

/**
 * Before a melding: which answers the resident passes on. All are ticked; they untick what they
 * want to keep to themselves, and can still change the words on the melding's first page.
 */
class HandOverChoice extends Div {

    HandOverChoice(List<AnsweredQuestion> answered, Consumer<List<AnsweredQuestion>> passOn, Runnable cancel) {
        addClassName("selftest-handover");
        var heading = new H2(getTranslation("selftest.handover.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        var choice = new CheckboxGroup<AnsweredQuestion>(getTranslation("selftest.handover.label"));
        choice.setItems(answered);
        choice.setItemLabelGenerator(answer -> answer.question() + " " + answer.answer());
        choice.setValue(new java.util.LinkedHashSet<>(answered));
        choice.addThemeName("vertical");
        choice.setHelperText(getTranslation("selftest.handover.help"));
        var go = new NativeButton(getTranslation("selftest.handover.go"), click -> passOn.accept(
                answered.stream().filter(choice.getValue()::contains).toList()));
        go.addClassName("button-primary");
        var back = new NativeButton(getTranslation("selftest.handover.back"), click -> cancel.run());
        back.addClassName("button-secondary");
        var actions = new Div(back, go);
        actions.addClassName("selftest-actions");
        add(heading, new Paragraph(getTranslation("selftest.handover.intro")), choice, actions);
    }

    void focusHeading() {
        getChildren().findFirst().ifPresent(first -> first.getElement().callJsFunction("focus"));
    }
}
