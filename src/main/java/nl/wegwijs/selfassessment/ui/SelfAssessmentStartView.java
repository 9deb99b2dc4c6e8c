package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.ContactPanel;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Entry to the zelftest: what it is for and what it asks, before anyone applies. */
@Route("zelftest")
@Menu(order = 2, title = "nav.selfassessment")
@AnonymousAllowed
class SelfAssessmentStartView extends Div implements TranslatedTitle {

    SelfAssessmentStartView(WegwijsProperties properties) {
        addClassName("page");
        add(new PageIntro("selfassessment.title", "selfassessment.intro"),
                new Paragraph(getTranslation("selfassessment.how")),
                new Paragraph(getTranslation("selfassessment.status")),
                new ContactPanel(properties.municipality()));
    }

    @Override
    public String titleKey() {
        return "selfassessment.title";
    }
}
