package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.HelpLines;
import nl.wegwijs.shared.ui.MainLayout;

/**
 * A service that does not exist (any more), with status 404: where to look next, who to call, and
 * the help lines for anyone who came here in need.
 */
// Error views do not get the automatic @Layout; name it, as the shell's own error views do.
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/service-page.css")
class ServiceNotFoundView extends Div implements HasErrorParameter<UnknownServiceException>, HasDynamicTitle {

    private final String municipalityPhone;

    ServiceNotFoundView(WegwijsProperties properties) {
        this.municipalityPhone = properties.municipality().phone();
        addClassName("page");
        addClassName("service-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UnknownServiceException> parameter) {
        removeAll();
        UnorderedList next = new UnorderedList(
                new ListItem(new Anchor("sociale-kaart", getTranslation("service.not-found.search"))),
                new ListItem(new Anchor(ContactLinks.telephone(municipalityPhone).orElse(""),
                        getTranslation("service.not-found.call", municipalityPhone))));
        add(new H1(getTranslation("service.not-found.heading")),
                new Paragraph(getTranslation("service.not-found.text")), next, new HelpLines());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service.not-found.title") + " | " + getTranslation("app.name");
    }
}
