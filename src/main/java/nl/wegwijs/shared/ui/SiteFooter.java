package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wegwijs.shared.WegwijsProperties.Municipality;

/** Contact details of the municipality and the links every government site must have. */
class SiteFooter extends Footer {

    SiteFooter(Municipality municipality) {
        addClassName("site-footer");

        H2 contactHeading = new H2(getTranslation("footer.contact.heading"));
        Paragraph phone = new Paragraph(getTranslation("footer.contact.phone") + " ");
        phone.add(new Anchor("tel:" + municipality.phone().replaceAll("[^0-9+]", ""), municipality.phone()));
        Paragraph email = new Paragraph(getTranslation("footer.contact.email") + " ");
        email.add(new Anchor("mailto:" + municipality.email(), municipality.email()));
        Paragraph address = new Paragraph(municipality.address());
        Paragraph hours = new Paragraph(municipality.openingHours());
        Div contact = new Div(contactHeading, phone, email, hours, address);
        contact.addClassName("site-footer__contact");

        H2 aboutHeading = new H2(getTranslation("footer.about.heading"));
        UnorderedList links = new UnorderedList(
                new ListItem(new Anchor("privacy", getTranslation("privacy.title"))),
                new ListItem(new Anchor("toegankelijkheid", getTranslation("accessibility.title"))),
                new ListItem(new Anchor("direct-hulp", getTranslation("urgent.title"))));
        Div about = new Div(aboutHeading, links);
        about.addClassName("site-footer__about");

        add(contact, about);
    }
}
