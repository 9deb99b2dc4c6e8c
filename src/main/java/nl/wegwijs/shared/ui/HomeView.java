package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: four clear ways in, in the order most residents need them. */
@Route("")
@Menu(order = 0, title = "nav.home")
@AnonymousAllowed
class HomeView extends Div implements TranslatedTitle {

    HomeView() {
        addClassName("page");

        Div entries = new Div(
                entry("sociale-kaart", "home.directory"),
                entry("zelftest", "home.selfassessment"),
                entry("aanvragen", "home.apply"),
                entry("praten", "home.chat"));
        entries.addClassName("entry-grid");

        Section urgent = new Section(
                new H2(getTranslation("home.urgent.heading")),
                new Paragraph(getTranslation("home.urgent.text")),
                new Anchor("direct-hulp", getTranslation("home.urgent.link")));
        urgent.addClassName("notice");

        add(new PageIntro("home.heading", "home.intro"), entries, urgent);
    }

    @Override
    public String titleKey() {
        return "home.title";
    }

    private Anchor entry(String path, String key) {
        H2 heading = new H2(getTranslation(key + ".heading"));
        Paragraph text = new Paragraph(getTranslation(key + ".text"));
        Anchor card = new Anchor(path, heading, text);
        card.addClassName("entry-card");
        return card;
    }
}
