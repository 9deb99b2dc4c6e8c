package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import nl.wegwijs.directory.hsds.Hsds;

/** Phone numbers to tap, the e-mail address and the website; the organisation's when the service has none. */
class ServiceContact extends Section {

    ServiceContact(Hsds.Service service) {
        addClassName("service-contact");
        H2 heading = new H2(getTranslation("service.contact.heading"));
        heading.setId("service-contact-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        UnorderedList list = new UnorderedList();
        for (Hsds.Phone phone : Hsds.orEmpty(service.phones())) {
            ContactLinks.telephone(phone.number()).ifPresent(href -> {
                Anchor call = new Anchor(href, getTranslation("service.contact.call", phone.number().strip()));
                call.addClassName("service-contact__phone");
                ListItem item = new ListItem(call);
                if (ContactLinks.present(phone.description())) {
                    Span description = new Span(" \u2013 " + phone.description().strip());
                    description.getElement().setAttribute("lang", "nl");
                    item.add(description);
                }
                list.add(item);
            });
        }
        String email = ContactLinks.present(service.email()) ? service.email() : service.organization().email();
        ContactLinks.mailto(email).ifPresent(href -> list.add(
                new ListItem(new Span(getTranslation("service.contact.email") + " "), new Anchor(href, email.strip()))));
        Optional<String> website = ContactLinks.website(service.url())
                .or(() -> ContactLinks.website(service.organization().website()));
        website.ifPresent(url -> list.add(
                new ListItem(new Span(getTranslation("service.contact.website") + " "), new Anchor(url, readable(url)))));
        if (list.getChildren().findAny().isPresent()) {
            add(list);
        } else {
            add(new Paragraph(getTranslation("service.contact.none")));
        }
    }

    /** The address without "https://" and a trailing slash, as people say it. */
    private static String readable(String url) {
        return url.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
    }
}
