package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.directory.NearbyService;
import nl.wegwijs.selfassessment.AdviceLevel;
import nl.wegwijs.selfassessment.AdviceResult;
import nl.wegwijs.selfassessment.AdviceRule;
import nl.wegwijs.selfassessment.AnsweredQuestion;

/**
 * The advice, in the order of solutions (own strength, network, general provisions near the
 * resident, then a melding), each with its reason; the answers it is based on, each changeable;
 * and the ways on: PDF, a code to continue later, a melding, or starting over.
 */
class AdvicePanel extends Div {

    /** What the view does for the resident's choices on the advice page. */
    interface Choices {
        void change(String questionId);

        void saveForLater();

        void handOver();

        void restart();

        byte[] pdf();
    }

    AdvicePanel(AdviceResult result, Map<AdviceRule, List<NearbyService>> services, List<AnsweredQuestion> answered,
            Locale locale, I18NProvider texts, Choices choices) {
        addClassName("selftest-advice");
        var heading = new H2(getTranslation("selftest.advice.heading"));
        heading.setId("advice-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        if (result.advice().isEmpty()) {
            add(new Paragraph(getTranslation("selftest.advice.none")));
        }
        for (AdviceLevel level : AdviceLevel.values()) {
            var rules = result.advice().stream().filter(rule -> rule.level() == level).toList();
            if (rules.isEmpty() || level == AdviceLevel.URGENT) {
                continue;
            }
            var section = new Section();
            section.addClassName("advice-level");
            var title = new H2(getTranslation("selftest.level." + level.name()));
            title.setId("level-" + level.name().toLowerCase(Locale.ROOT));
            section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            section.add(title);
            rules.forEach(rule -> section.add(new AdviceSection(rule, services.getOrDefault(rule, List.of()), locale,
                    texts)));
            add(section);
        }
        add(new H2(getTranslation("selftest.answers.heading")), answers(answered, choices));
        add(new H2(getTranslation("selftest.next.heading")), actions(choices));
    }

    private DescriptionList answers(List<AnsweredQuestion> answered, Choices choices) {
        var list = new DescriptionList();
        list.addClassName("selftest-answers");
        for (AnsweredQuestion answer : answered) {
            var change = new NativeButton(getTranslation("selftest.answers.change"), click -> choices.change(answer.questionId()));
            change.addClassName("link-button");
            change.getElement().setAttribute("aria-label",
                    getTranslation("selftest.answers.change-label", answer.question()));
            list.add(new DescriptionList.Term(answer.question()),
                    new DescriptionList.Description(new Paragraph(answer.answer()), change));
        }
        return list;
    }

    private Div actions(Choices choices) {
        var pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = choices.pdf();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "zelftest-advies.pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("selftest.pdf"));
        pdf.addClassName("button-secondary");
        pdf.addClassName("selftest-pdf");
        var melding = new NativeButton(getTranslation("selftest.handover"), click -> choices.handOver());
        melding.addClassName("button-primary");
        var save = new NativeButton(getTranslation("selftest.save-later"), click -> choices.saveForLater());
        save.addClassName("button-secondary");
        var restart = new NativeButton(getTranslation("selftest.restart"), click -> choices.restart());
        restart.addClassName("link-button");
        var actions = new Div(new Paragraph(getTranslation("selftest.next.text")), melding, pdf, save, restart);
        actions.addClassName("selftest-actions");
        return actions;
    }

    void focusHeading() {
        getChildren().findFirst().ifPresent(first -> first.getElement().callJsFunction("focus"));
    }
}
