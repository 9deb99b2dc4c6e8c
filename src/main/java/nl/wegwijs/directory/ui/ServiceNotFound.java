package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wegwijs.shared.ui.HelpLines;

/** What a visitor sees for a service that does not exist (any more): where to look next, and who to call. */
class ServiceNotFound extends Div {

    ServiceNotFound(String municipalityPhone) {
        addClassName("service-not-found");
        UnorderedList next = new UnorderedList(
                new ListItem(new Anchor("sociale-kaart", getTranslation("service.not-found.search"))),
                new ListItem(new Anchor(ContactLinks.telephone(municipalityPhone).orElse(""),
                        getTranslation("service.not-found.call", municipalityPhone))));
        add(new H1(getTranslation("service.not-found.heading")),
                new Paragraph(getTranslation("service.not-found.text")), next, new HelpLines());
    }
}
