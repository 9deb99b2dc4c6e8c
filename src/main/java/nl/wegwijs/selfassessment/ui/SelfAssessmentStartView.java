package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.wegwijs.selfassessment.Questionnaire;
import nl.wegwijs.selfassessment.Questionnaires;
import nl.wegwijs.selfassessment.ResumedSelfTest;
import nl.wegwijs.selfassessment.SelfTestSaves;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.ContactPanel;
import nl.wegwijs.shared.ui.ErrorSummary;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Entry to the zelftest: the tests there are, and continuing with a saved code. */
@StyleSheet("styles/selftest.css")
@Route("zelftest")
@Menu(order = 2, title = "nav.selfassessment")
@AnonymousAllowed
class SelfAssessmentStartView extends Div implements TranslatedTitle {

    SelfAssessmentStartView(Questionnaires questionnaires, SelfTestSaves saves, WegwijsProperties properties) {
        addClassNames("page", "selftest");
        var tests = new Div();
        tests.addClassName("selftest-list");
        questionnaires.all().forEach(questionnaire -> tests.add(card(questionnaire)));
        add(new PageIntro("selfassessment.title", "selfassessment.intro"),
                new Paragraph(getTranslation("selfassessment.how")), tests, resume(saves),
                new ContactPanel(properties.municipality()));
    }

    private Article card(Questionnaire questionnaire) {
        var start = new Anchor("zelftest/" + questionnaire.id(), getTranslation("selftest.start"));
        start.addClassName("button-primary");
        start.getElement().setAttribute("aria-label",
                getTranslation("selftest.start-label", questionnaire.title().in(getLocale())));
        var card = new Article(new H2(questionnaire.title().in(getLocale())),
                new Paragraph(questionnaire.intro().in(getLocale())), start);
        card.addClassName("selftest-card");
        return card;
    }

    private Section resume(SelfTestSaves saves) {
        var code = new TextField(getTranslation("selftest.resume.code"));
        code.setHelperText(getTranslation("selftest.resume.help"));
        code.setMaxLength(20);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        var errors = new ErrorSummary("selftest.errors");
        errors.register("code", code, getTranslation("selftest.resume.code"));
        var go = new NativeButton(getTranslation("selftest.resume.go"), click -> {
            var resumed = saves.resume(code.getValue());
            if (resumed.isEmpty()) {
                errors.show(Map.of("code", getTranslation(code.getValue().isBlank()
                        ? "selftest.resume.empty" : "selftest.resume.unknown")));
                return;
            }
            errors.clear();
            UI ui = UI.getCurrent();
            ComponentUtil.setData(ui, ResumedSelfTest.class, resumed.get());
            ui.navigate(SelfTestView.class, new RouteParameters("questionnaire", resumed.get().questionnaireId()));
        });
        go.addClassName("button-secondary");
        var section = new Section(new H2(getTranslation("selftest.resume.heading")), errors, code, go);
        section.addClassName("selftest-resume");
        return section;
    }

    @Override
    public String titleKey() {
        return "selfassessment.title";
    }
}
