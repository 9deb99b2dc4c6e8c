package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.NearbyService;
import nl.wegwijs.selfassessment.AdviceLevel;
import nl.wegwijs.selfassessment.AdviceRule;
import nl.wegwijs.selfassessment.Advisor;
import nl.wegwijs.selfassessment.AnsweredQuestion;
import nl.wegwijs.selfassessment.Answers;
import nl.wegwijs.selfassessment.Question;
import nl.wegwijs.selfassessment.QuestionType;
import nl.wegwijs.selfassessment.Questionnaire;
import nl.wegwijs.selfassessment.Questionnaires;
import nl.wegwijs.selfassessment.ResumedSelfTest;
import nl.wegwijs.selfassessment.SelfTestHandOver;
import nl.wegwijs.selfassessment.SelfTestPdf;
import nl.wegwijs.selfassessment.SelfTestSaves;
import nl.wegwijs.shared.ui.CrisisPanel;

/**
 * A self-test, one question per screen, then the advice. The answers live in the browser tab
 * (surviving a reload) and nowhere else unless the resident saves them with a code. An urgent
 * answer shows the crisis lines and the chat at once, above the question.
 */
@StyleSheet("styles/selftest.css")
@Route("zelftest/:questionnaire")
@AnonymousAllowed
class SelfTestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MELDING_ROUTE = "aanvragen/melding/uit-zelftest";
    private static final int SERVICES_PER_ADVICE = 3;

    private final Questionnaires questionnaires;
    private final SelfTestSaves saves;
    private final SelfTestPdf pdf;
    private final Directory directory;
    private final Div crisis = new Div();
    private final Div body = new Div();
    private Questionnaire questionnaire;
    private BrowserProgress progress;
    private Answers answers = Answers.none();
    private String at = "";
    private List<AdviceRule> shownUrgent = List.of();

    SelfTestView(Questionnaires questionnaires, SelfTestSaves saves, SelfTestPdf pdf, Directory directory) {
        this.questionnaires = questionnaires;
        this.saves = saves;
        this.pdf = pdf;
        this.directory = directory;
        addClassNames("page", "selftest");
        crisis.addClassName("selftest-crisis");
        crisis.getElement().setAttribute("aria-live", "assertive");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("questionnaire").orElse("");
        questionnaire = questionnaires.byId(id).orElse(null);
        if (questionnaire == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        progress = new BrowserProgress(questionnaire);
        removeAll();
        add(new H1(questionnaire.title().in(getLocale())), crisis, body);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (questionnaire == null) {
            return;
        }
        UI ui = attach.getUI();
        var resumed = ComponentUtil.getData(ui, ResumedSelfTest.class);
        if (resumed != null && resumed.questionnaireId().equals(questionnaire.id())) {
            ComponentUtil.setData(ui, ResumedSelfTest.class, null);
            answers = resumed.answers();
            show(BrowserProgress.ADVICE);
            return;
        }
        progress.load(ui, stored -> {
            answers = stored.answers();
            show(stored.at());
        });
    }

    private void show(String where) {
        List<Question> shown = questionnaire.shownFor(answers);
        updateCrisis(answers);
        body.removeAll();
        if (BrowserProgress.ADVICE.equals(where) && !shown.isEmpty()) {
            at = BrowserProgress.ADVICE;
            var panel = advice();
            body.add(panel);
            remember();
            panel.focusHeading();
            return;
        }
        int index = Math.max(0, indexOf(shown, where));
        if (shown.isEmpty()) {
            body.add(new Paragraph(getTranslation("selftest.empty")));
            return;
        }
        if (where == null || where.isEmpty()) {
            body.add(new Paragraph(questionnaire.intro().in(getLocale())));
        }
        Question question = shown.get(index);
        at = question.id();
        var step = new QuestionStep(question, answers.of(question.id()), index + 1, shown.size(), index == 0,
                getLocale(), moves(question));
        body.add(step);
        remember();
        if (where != null && !where.isEmpty()) {
            step.focusPosition();
        }
    }

    private QuestionStep.Moves moves(Question question) {
        return new QuestionStep.Moves() {
            @Override
            public void next(List<String> answer) {
                answers = answers.with(question.id(), answer);
                List<Question> shown = questionnaire.shownFor(answers);
                int index = indexOf(shown, question.id());
                show(index + 1 < shown.size() ? shown.get(index + 1).id() : BrowserProgress.ADVICE);
            }

            @Override
            public void back(List<String> answer) {
                answers = answers.with(question.id(), answer);
                List<Question> shown = questionnaire.shownFor(answers);
                show(shown.get(Math.max(0, indexOf(shown, question.id()) - 1)).id());
            }

            @Override
            public void changed(Question changed, List<String> answer) {
                var tentative = answers.with(changed.id(), answer);
                updateCrisis(tentative);
                if (changed.type() != QuestionType.POSTCODE) {
                    answers = tentative;
                    remember();
                }
            }

            @Override
            public void saveForLater() {
                SelfTestView.this.saveForLater();
            }

            @Override
            public void stop() {
                progress.clear(UI.getCurrent());
                UI.getCurrent().navigate(SelfAssessmentStartView.class);
            }
        };
    }

    private AdvicePanel advice() {
        var result = Advisor.evaluate(questionnaire, answers);
        Map<AdviceRule, List<NearbyService>> services = services(result.advice());
        var answered = AnsweredQuestion.of(questionnaire, answers, getLocale());
        return new AdvicePanel(result, services, answered, getLocale(),
                VaadinService.getCurrent().getInstantiator().getI18NProvider(), new AdvicePanel.Choices() {
                    @Override
                    public void change(String questionId) {
                        show(questionId);
                    }

                    @Override
                    public void saveForLater() {
                        SelfTestView.this.saveForLater();
                    }

                    @Override
                    public void handOver() {
                        var choice = new HandOverChoice(answered, chosen -> {
                            VaadinSession.getCurrent().setAttribute(SelfTestHandOver.class,
                                    new SelfTestHandOver(questionnaire.id(), chosen));
                            UI.getCurrent().navigate(MELDING_ROUTE);
                        }, () -> show(BrowserProgress.ADVICE));
                        body.removeAll();
                        body.add(choice);
                        choice.focusHeading();
                    }

                    @Override
                    public void restart() {
                        answers = Answers.none();
                        progress.clear(UI.getCurrent());
                        show("");
                    }

                    @Override
                    public byte[] pdf() {
                        return pdf.render(questionnaire, answers, services, getLocale());
                    }
                });
    }

    private Map<AdviceRule, List<NearbyService>> services(List<AdviceRule> advice) {
        String postcode = questionnaire.questions().stream().filter(q -> q.type() == QuestionType.POSTCODE)
                .map(q -> answers.of(q.id())).filter(values -> !values.isEmpty()).map(List::getFirst)
                .findFirst().orElse(null);
        var services = new LinkedHashMap<AdviceRule, List<NearbyService>>();
        advice.stream().filter(rule -> rule.services() != null).forEach(rule ->
                services.put(rule, directory.nearby(rule.services().query(), postcode, SERVICES_PER_ADVICE)));
        return services;
    }

    private void saveForLater() {
        var code = saves.save(questionnaire.id(), answers);
        new SaveCodeDialog(code, getLocale()).open();
    }

    private void updateCrisis(Answers current) {
        var urgent = Advisor.evaluate(questionnaire, current).advice().stream()
                .filter(rule -> rule.level() == AdviceLevel.URGENT).toList();
        if (urgent.equals(shownUrgent)) {
            return;
        }
        shownUrgent = urgent;
        crisis.removeAll();
        if (!urgent.isEmpty()) {
            var texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
            urgent.forEach(rule -> crisis.add(new AdviceSection(rule, List.of(), getLocale(), texts)));
            crisis.add(new CrisisPanel());
        }
    }

    private void remember() {
        getUI().ifPresent(ui -> progress.save(ui, answers, at));
    }

    private static int indexOf(List<Question> shown, String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getPageTitle() {
        return (questionnaire == null ? getTranslation("selfassessment.title") : questionnaire.title().in(getLocale()))
                + " | " + getTranslation("app.name");
    }
}
