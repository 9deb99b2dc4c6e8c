package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.beans.factory.annotation.Value;
import nl.wegwijs.shared.security.SignedInName;

/**
 * The frame of every page: skip link, header with the municipality, menu and language switch,
 * the page itself in {@code <main>}, and the footer. Knows no features: the menu comes from
 * each view's {@code @Menu}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "main-content";

    private final SiteHeader header;
    private final Main main = new Main();
    private final Div notices = new Div();
    private final ObjectProvider<PageNotice> noticeProviders;

    MainLayout(WegwijsProperties properties, AuthenticationContext authentication, SignedInName signedInName,
            @Value("${wegwijs.session.warning-before:2m}") Duration sessionWarningBefore,
            ObjectProvider<PageNotice> noticeProviders) {
        this.noticeProviders = noticeProviders;
        this.header = new SiteHeader(properties.municipality(), authentication, signedInName);
        addClassName("shell");

        Anchor skipLink = new Anchor("#" + MAIN_ID, getTranslation("shell.skip-link"));
        skipLink.setRouterIgnore(true);
        skipLink.addClassName("skip-link");
        // The page has a <base href>, so a plain "#main" link would leave the page: move focus in the browser.
        skipLink.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); main.focus(); main.scrollIntoView(); })", MAIN_ID);

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");

        Footer footer = new SiteFooter(properties.municipality());
        notices.addClassName("page-notices");
        notices.setVisible(false);
        add(skipLink, header, notices, main, footer);
        if (authentication.isAuthenticated()) {
            add(new SessionTimeoutWarning(sessionWarningBefore));
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        header.showLocation(event.getLocation());
        notices.removeAll();
        noticeProviders.orderedStream()
                .forEach(provider -> provider.noticeFor(event.getLocation().getPath()).ifPresent(notices::add));
        notices.setVisible(notices.getComponentCount() > 0);
    }
}
