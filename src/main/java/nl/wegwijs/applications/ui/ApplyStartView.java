package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.ContactPanel;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Entry to applying for support: the four steps of the Wmo procedure and their time limits. */
@Route("aanvragen")
@Menu(order = 3, title = "nav.apply")
@AnonymousAllowed
@StyleSheet("styles/melding.css")
class ApplyStartView extends Div implements TranslatedTitle {

    ApplyStartView(WegwijsProperties properties) {
        addClassName("page");
        OrderedList steps = new OrderedList();
        for (String step : new String[] {"report", "conversation", "application", "decision"}) {
            steps.add(new ListItem(getTranslation("apply.step." + step)));
        }
        Anchor start = new Anchor(MeldingWizardView.PATH, getTranslation("melding.start"));
        start.addClassName("button-primary");
        start.addClassName("melding-start");
        add(new PageIntro("apply.title", "apply.intro"),
                new H2(getTranslation("apply.steps.heading")), steps,
                new Paragraph(getTranslation("apply.support")),
                new Paragraph(getTranslation("melding.start.help")), start,
                new ContactPanel(properties.municipality()));
    }

    @Override
    public String titleKey() {
        return "apply.title";
    }
}
