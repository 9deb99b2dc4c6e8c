package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;

/** Every place the service is offered: address, accessibility, and a link to plan the route there. */
class ServiceLocations extends Section {

    ServiceLocations(Hsds.Service service) {
        addClassName("service-locations");
        H2 heading = new H2(getTranslation("service.locations.heading"));
        heading.setId("service-locations-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        List<Hsds.Location> locations = Hsds.orEmpty(service.serviceAtLocations()).stream()
                .map(Hsds.ServiceAtLocation::location).filter(location -> location != null).toList();
        if (locations.isEmpty()) {
            add(new Paragraph(getTranslation("service.locations.none")));
        }
        locations.forEach(location -> add(location(location)));
    }

    private Article location(Hsds.Location location) {
        Article article = new Article();
        article.addClassName("service-location");
        boolean online = "virtual".equals(location.locationType());
        String name = ContactLinks.present(location.name()) ? location.name().strip()
                : getTranslation("service.locations.online");
        H3 title = new H3(name);
        title.getElement().setAttribute("lang", "nl");
        article.add(title);
        if (online) {
            ContactLinks.website(location.url()).ifPresent(url -> article.add(new Paragraph(
                    new Span(getTranslation("service.locations.online") + ": "), new Anchor(url, url))));
        }
        for (Hsds.Address address : Hsds.orEmpty(location.addresses())) {
            Paragraph lines = new Paragraph(ContactLinks.oneLine(address));
            lines.addClassName("service-location__address");
            lines.getElement().setAttribute("lang", "nl");
            article.add(lines, new Paragraph(routeLink(address)));
        }
        List<Hsds.Accessibility> accessibility = Hsds.orEmpty(location.accessibility());
        if (!accessibility.isEmpty()) {
            UnorderedList details = new UnorderedList();
            for (Hsds.Accessibility item : accessibility) {
                ListItem line = new ListItem();
                if (ContactLinks.present(item.details())) {
                    line.add(new Span(detail(item.details().strip())));
                }
                if (ContactLinks.present(item.description())) {
                    Span description = new Span((line.getChildren().findAny().isPresent() ? ". " : "")
                            + item.description().strip());
                    description.getElement().setAttribute("lang", "nl");
                    line.add(description);
                }
                details.add(line);
            }
            article.add(new Paragraph(getTranslation("service.accessibility.heading")), details);
        }
        return article;
    }

    /** Opens in a new tab, so the visitor keeps this page; the link text says so. */
    private Anchor routeLink(Hsds.Address address) {
        Span hint = new Span(" " + getTranslation("service.new-tab"));
        hint.addClassName("visually-hidden");
        Span target = new Span(" " + getTranslation("service.locations.route-to", ContactLinks.oneLine(address)));
        target.addClassName("visually-hidden");
        Anchor route = new Anchor(ContactLinks.route(address), getTranslation("service.locations.route"));
        route.add(target, hint);
        route.setTarget(AnchorTarget.BLANK);
        route.getElement().setAttribute("rel", "noopener");
        route.addClassName("route-link");
        return route;
    }

    /** A known accessibility feature in the visitor's language; anything else as written. */
    private String detail(String code) {
        return switch (code) {
            case "rolstoeltoegankelijk", "invalidentoilet", "ringleiding", "invalidenparkeerplaats" ->
                    getTranslation("service.accessibility." + code);
            default -> code;
        };
    }
}
