package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.wegwijs.shared.WegwijsProperties.Municipality;

/** "Liever persoonlijk contact?": how to reach the municipality, for every page that needs it. */
public class ContactPanel extends Section {

    public ContactPanel(Municipality municipality) {
        addClassName("notice");
        Paragraph phone = new Paragraph(getTranslation("contact.phone", municipality.name()) + " ");
        phone.add(new Anchor("tel:" + municipality.phone().replaceAll("[^0-9+]", ""), municipality.phone()));
        Paragraph email = new Paragraph(getTranslation("contact.email") + " ");
        email.add(new Anchor("mailto:" + municipality.email(), municipality.email()));
        add(new H2(getTranslation("contact.heading")), phone, email, new Paragraph(municipality.openingHours()));
    }
}
