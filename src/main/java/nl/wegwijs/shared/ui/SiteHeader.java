package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.shared.WegwijsProperties.Municipality;
import nl.wegwijs.shared.security.SignedInName;

/** Municipality name and logo, the always-visible urgent-help link, language switch, sign-in and menu. */
class SiteHeader extends Header {

    private final Anchor languageSwitch = new Anchor();
    private final Map<String, Anchor> menuLinks = new HashMap<>();

    SiteHeader(Municipality municipality, AuthenticationContext authentication, SignedInName signedInName) {
        addClassName("site-header");

        Image logo = new Image(municipality.logoUrl(), "");
        logo.addClassName("site-brand__logo");
        Anchor brand = new Anchor(".", logo, new Span(municipality.name()));
        brand.addClassName("site-brand");

        Anchor urgentHelp = new Anchor("direct-hulp", getTranslation("shell.urgent-help"));
        urgentHelp.addClassName("urgent-help-link");

        Locale other = Translations.supported(getLocale()).equals(Translations.DUTCH)
                ? Translations.ENGLISH : Translations.DUTCH;
        languageSwitch.setText(getTranslation("shell.language-switch"));
        languageSwitch.setRouterIgnore(true);
        languageSwitch.getElement().setAttribute("lang", other.getLanguage());
        languageSwitch.getElement().setAttribute("hreflang", other.getLanguage());
        languageSwitch.addClassName("language-switch");
        languageSwitch.setHref("?" + LanguagePreference.PARAMETER + "=" + other.getLanguage());

        Div tools = new Div(urgentHelp, languageSwitch);
        if (authentication.isAuthenticated()) {
            signedInName.current().ifPresent(name -> {
                Span signedInAs = new Span(getTranslation("shell.signed-in-as", name));
                signedInAs.addClassName("signed-in-as");
                tools.add(signedInAs);
            });
        }
        tools.add(signInOrOut(authentication));
        tools.addClassName("site-header__tools");
        Div bar = new Div(brand, tools);
        bar.addClassName("site-header__bar");
        add(bar, menu());
    }

    /** Marks the current page in the menu and keeps the language switch on the same page. */
    void showLocation(Location location) {
        menuLinks.forEach((path, link) -> {
            if (path.equals(location.getPath())) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
        parameters.put(LanguagePreference.PARAMETER, List.of(languageSwitch.getElement().getAttribute("hreflang")));
        String path = location.getPath().isEmpty() ? "." : location.getPath();
        languageSwitch.setHref(path + "?" + new QueryParameters(parameters).getQueryString());
    }

    private Component signInOrOut(AuthenticationContext authentication) {
        if (authentication.isAuthenticated()) {
            NativeButton signOut = new NativeButton(getTranslation("shell.sign-out"), click -> authentication.logout());
            signOut.addClassName("sign-out");
            return signOut;
        }
        Anchor signIn = new Anchor("login", getTranslation("shell.sign-in"));
        signIn.addClassName("sign-in");
        return signIn;
    }

    private Nav menu() {
        UnorderedList list = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            Anchor link = new Anchor(path.isEmpty() ? "." : path, getTranslation(entry.title()));
            menuLinks.put(path, link);
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassName("site-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.menu-label"));
        return nav;
    }
}
