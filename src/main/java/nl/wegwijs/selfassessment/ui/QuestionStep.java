package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.selfassessment.Question;
import nl.wegwijs.selfassessment.QuestionType;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * One question on its own screen: where the resident is, the question, and the ways on (next, back,
 * save for later, stop). Every question may be skipped; only a postcode has a form to keep to.
 */
class QuestionStep extends Div {

    private static final String POSTCODE = "[1-9][0-9]{3}(\\s?[A-Za-z]{2})?";

    /** What the view does when the resident moves on. */
    interface Moves {
        void next(List<String> answer);

        void back(List<String> answer);

        void changed(Question question, List<String> answer);

        void saveForLater();

        void stop();
    }

    private final H2 position;

    QuestionStep(Question question, List<String> answer, int number, int total, boolean first, Locale locale, Moves moves) {
        addClassName("selftest-step");
        position = new H2(getTranslation("selftest.position", number, total));
        position.addClassName("selftest-position");
        position.getElement().setAttribute("tabindex", "-1");
        var errors = new ErrorSummary("selftest.errors");
        AnswerInput[] input = new AnswerInput[1];
        input[0] = AnswerInput.of(question, locale, () -> moves.changed(question, input[0].value()));
        input[0].setValue(answer);
        if (input[0].component() instanceof HasValidationProperties properties) {
            errors.register(question.id(), properties, question.text().in(locale));
        }
        input[0].component().addClassName("selftest-field");

        var next = new NativeButton(getTranslation(number == total ? "selftest.to-advice" : "selftest.next"), click -> {
            List<String> value = input[0].value();
            if (question.type() == QuestionType.POSTCODE && !value.isEmpty() && !value.getFirst().matches(POSTCODE)) {
                errors.show(Map.of(question.id(), getTranslation("selftest.postcode.invalid")));
                return;
            }
            moves.next(value);
        });
        next.addClassName("button-primary");
        var actions = new Div();
        actions.addClassName("selftest-actions");
        if (!first) {
            var back = new NativeButton(getTranslation("selftest.back"), click -> moves.back(input[0].value()));
            back.addClassName("button-secondary");
            actions.add(back);
        }
        actions.add(next);

        var later = new NativeButton(getTranslation("selftest.save-later"), click -> moves.saveForLater());
        later.addClassName("link-button");
        var stop = new NativeButton(getTranslation("selftest.stop"), click -> moves.stop());
        stop.addClassName("link-button");
        var more = new Div(later, stop);
        more.addClassName("selftest-more");
        add(position, errors, input[0].component(), actions, more);
    }

    /** Moves focus to the step's heading, so a screen reader announces the new question. */
    void focusPosition() {
        position.getElement().callJsFunction("focus");
    }
}
