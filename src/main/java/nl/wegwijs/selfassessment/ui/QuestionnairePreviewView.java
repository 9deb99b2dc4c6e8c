package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.selfassessment.AdviceRule;
import nl.wegwijs.selfassessment.Advisor;
import nl.wegwijs.selfassessment.Answers;
import nl.wegwijs.selfassessment.Question;
import nl.wegwijs.selfassessment.Questionnaire;
import nl.wegwijs.selfassessment.Questionnaires;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * For editors: every question of a questionnaire at once, with any combination of answers, and
 * which advice rules fire for them. Questions a resident would not see are marked, not hidden, so
 * an editor can test every path.
 */
@StyleSheet("styles/selftest.css")
@Route("redactie/zelftest")
@Menu(order = 62, title = "nav.selftest-preview")
@RolesAllowed({"EDITOR", "ADMIN"})
class QuestionnairePreviewView extends Div implements TranslatedTitle {

    private final Div questions = new Div();
    private final UnorderedList rules = new UnorderedList();
    private final Paragraph file = new Paragraph();
    private final Map<String, AnswerInput> inputs = new LinkedHashMap<>();
    private final Map<String, Paragraph> hiddenNotes = new LinkedHashMap<>();
    private Questionnaire questionnaire;

    QuestionnairePreviewView(Questionnaires questionnaires) {
        addClassNames("page", "selftest-preview");
        var choice = new Select<Questionnaire>();
        choice.setLabel(getTranslation("selftest.preview.questionnaire"));
        choice.setItems(questionnaires.all());
        choice.setItemLabelGenerator(q -> q.title().in(getLocale()));
        choice.addValueChangeListener(event -> load(event.getValue()));
        rules.addClassName("selftest-preview-rules");
        rules.getElement().setAttribute("aria-live", "polite");
        var left = new Section(new H2(getTranslation("selftest.preview.questions")), questions);
        var right = new Section(new H2(getTranslation("selftest.preview.rules")), rules);
        var columns = new Div(left, right);
        columns.addClassName("selftest-preview-columns");
        add(new PageIntro("selftest.preview.title", "selftest.preview.intro"), choice, file, columns);
        questionnaires.all().stream().findFirst().ifPresent(choice::setValue);
    }

    private void load(Questionnaire chosen) {
        questionnaire = chosen;
        questions.removeAll();
        inputs.clear();
        hiddenNotes.clear();
        if (chosen == null) {
            return;
        }
        file.setText(getTranslation("selftest.preview.file", chosen.file(), chosen.version()));
        for (Question question : chosen.questions()) {
            var input = AnswerInput.of(question, getLocale(), this::evaluate);
            var hidden = new Paragraph(getTranslation("selftest.preview.hidden"));
            hidden.addClassName("selftest-preview-hidden");
            var block = new Div(new Span(question.id()), input.component(), hidden);
            block.addClassName("selftest-preview-question");
            inputs.put(question.id(), input);
            hiddenNotes.put(question.id(), hidden);
            questions.add(block);
        }
        evaluate();
    }

    private void evaluate() {
        var answers = Answers.none();
        for (var entry : inputs.entrySet()) {
            answers = answers.with(entry.getKey(), entry.getValue().value());
        }
        var shown = questionnaire.shownFor(answers);
        hiddenNotes.forEach((id, note) -> note.setVisible(shown.stream().noneMatch(q -> q.id().equals(id))));
        var fired = Advisor.evaluate(questionnaire, answers).advice();
        rules.removeAll();
        for (AdviceRule rule : questionnaire.advice()) {
            boolean fires = fired.contains(rule);
            var item = new ListItem(new Span(getTranslation(fires ? "selftest.preview.fires" : "selftest.preview.quiet")),
                    new Span(getTranslation("selftest.preview.rule", rule.id(),
                            getTranslation("selftest.level." + rule.level().name()).toLowerCase(Locale.ROOT),
                            rule.title().in(getLocale()))));
            item.addClassName(fires ? "rule-fires" : "rule-quiet");
            rules.add(item);
        }
    }

    @Override
    public String titleKey() {
        return "selftest.preview.title";
    }
}
