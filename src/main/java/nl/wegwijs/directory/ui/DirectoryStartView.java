package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.ContactPanel;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Entry to the sociale kaart: what residents can find here, and who helps them look. */
@Route("hulp-zoeken")
@Menu(order = 1, title = "nav.directory")
@AnonymousAllowed
class DirectoryStartView extends Div implements TranslatedTitle {

    DirectoryStartView(WegwijsProperties properties) {
        addClassName("page");
        UnorderedList examples = new UnorderedList();
        for (String example : new String[] {"money", "company", "carers", "home", "transport", "youth"}) {
            examples.add(new ListItem(getTranslation("directory.example." + example)));
        }
        add(new PageIntro("directory.title", "directory.intro"),
                new Paragraph(getTranslation("directory.examples")), examples,
                new Paragraph(getTranslation("directory.status")),
                new ContactPanel(properties.municipality()));
    }

    @Override
    public String titleKey() {
        return "directory.title";
    }
}
