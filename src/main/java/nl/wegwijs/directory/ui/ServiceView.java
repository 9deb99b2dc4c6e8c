package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.shared.ui.CrisisPanel;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One service of the sociale kaart, everything a resident needs to go there or get in touch:
 * what it is, for whom, cost, how to sign up, where, when, and how to reach it. Public; only
 * active services are shown; any other id leads to {@link ServiceNotFoundView} (404).
 */
@Route("sociale-kaart/:id")
@AnonymousAllowed
@StyleSheet("styles/service-page.css")
class ServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "sociale-kaart/";

    private final Directory directory;
    private final Clock clock;
    private String title;

    ServiceView(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        addClassName("page");
        addClassName("service-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Hsds.Service> service = event.getRouteParameters().get("id").flatMap(directory::publicService);
        if (service.isPresent()) {
            show(service.get());
        } else {
            event.rerouteToError(new UnknownServiceException(), "");
        }
    }

    private void show(Hsds.Service service) {
        title = service.name();
        LocalDate today = LocalDate.now(clock.withZone(Directory.ZONE));
        H1 heading = new H1(service.name());
        heading.getElement().setAttribute("lang", "nl");
        Paragraph provider = new Paragraph(getTranslation("service.provider", service.organization().name()));
        provider.addClassName("service-page__provider");
        add(heading, provider, new PageActions());
        if (ContactLinks.present(service.description())) {
            Paragraph description = new Paragraph(service.description().strip());
            description.addClassNames("service-page__description", "prose");
            description.getElement().setAttribute("lang", "nl");
            add(description);
        }
        add(new ServiceSummary(service), new ServiceContact(service), new OpeningHours(service, today),
                new ServiceLocations(service), new RelatedServices(directory, service));
        if (service.assuredDate() != null) {
            Paragraph checked = new Paragraph(getTranslation("service.checked",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(service.assuredDate())));
            checked.addClassName("service-page__checked");
            add(checked);
        }
        add(new CrisisPanel());
        Element structuredData = new Element("script");
        structuredData.setAttribute("type", "application/ld+json");
        structuredData.setText(ServiceStructuredData.of(service, pageUrl(service.id()), today));
        getElement().appendChild(structuredData);
    }

    private static String pageUrl(String id) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String path = "/" + PATH + id;
        return request == null ? path : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .path("/" + PATH).pathSegment(id).build().encode().toUriString();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
