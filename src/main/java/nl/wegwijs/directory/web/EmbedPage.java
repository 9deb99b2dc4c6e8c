package nl.wegwijs.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The embeddable card as a complete HTML page: no script, no cookies, one style sheet from the
 * portal. Links to the portal open in a new tab, because the card lives in someone else's page.
 */
final class EmbedPage {

    /** One service on the card; {@code telephone} is already a {@code tel:} link or null. */
    record Item(String id, String name, String organization, String summary, String phone, String telephone,
            boolean free) {
    }

    private final String contextPath;
    private final Locale locale;
    private final BiFunction<String, Object[], String> text;

    /** {@code text} translates a key with its parameters into the card's language. */
    EmbedPage(String contextPath, Locale locale, BiFunction<String, Object[], String> text) {
        this.contextPath = contextPath;
        this.locale = locale;
        this.text = text;
    }

    /**
     * The list of services (or the kind "nothing here now" text when there are none), with a link to
     * the same search on the portal ({@code searchPath}, such as {@code /sociale-kaart?categorie=geld}).
     */
    String list(String heading, String municipality, List<Item> items, String searchPath) {
        HtmlWriter html = start(heading);
        html.element("h1", heading).element("p", t("embed.intro", municipality), "class", "embed__intro");
        if (items.isEmpty()) {
            html.element("p", t("embed.empty"), "class", "embed__empty");
        } else {
            html.open("ul", "class", "embed__list");
            items.forEach(item -> item(html, item));
            html.close("ul");
        }
        html.open("p", "class", "embed__all");
        newTabLink(html, contextPath + searchPath, t("embed.all"));
        html.close("p");
        return end(html);
    }

    /** Why the card cannot be shown, and (for the partner who made the link) which categories exist. */
    String invalid(List<String> problems, List<String> categories) {
        String heading = t("embed.invalid.title");
        HtmlWriter html = start(heading);
        html.element("h1", heading);
        problems.forEach(problem -> html.element("p", problem, "class", "embed__problem"));
        if (!categories.isEmpty()) {
            html.element("p", t("embed.invalid.choose")).open("ul", "class", "embed__categories");
            categories.forEach(code -> html.open("li").element("code", code).close("li"));
            html.close("ul");
        }
        html.open("p", "class", "embed__all");
        newTabLink(html, contextPath + "/sociale-kaart", t("embed.all"));
        html.close("p");
        return end(html);
    }

    private void item(HtmlWriter html, Item item) {
        html.open("li", "class", "embed__item", "lang", "nl").open("h2", "class", "embed__name");
        newTabLink(html, contextPath + "/sociale-kaart/" + URLEncoder.encode(item.id(), StandardCharsets.UTF_8)
                .replace("+", "%20"), item.name());
        html.close("h2");
        html.element("p", item.organization(), "class", "embed__organization");
        if (item.summary() != null) {
            html.element("p", item.summary(), "class", "embed__summary");
        }
        if (item.telephone() != null || item.free()) {
            html.open("p", "class", "embed__meta", "lang", locale.getLanguage());
            if (item.telephone() != null) {
                html.element("a", t("embed.call", item.phone()), "href", item.telephone(), "class", "embed__phone");
            }
            if (item.free()) {
                html.raw(" ").element("span", t("embed.free"), "class", "embed__free");
            }
            html.close("p");
        }
        html.close("li");
    }

    private void newTabLink(HtmlWriter html, String href, String label) {
        html.open("a", "href", href, "target", "_blank", "rel", "noopener").text(label)
                .open("span", "class", "visually-hidden", "lang", locale.getLanguage())
                .text(" " + t("embed.new-tab")).close("span").close("a");
    }

    private HtmlWriter start(String title) {
        return new HtmlWriter().raw("<!doctype html>").open("html", "lang", locale.getLanguage()).open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .open("meta", "name", "robots", "content", "noindex")
                .element("title", title + " | " + t("app.name"))
                .open("link", "rel", "stylesheet", "href", contextPath + "/styles/embed.css")
                .close("head").open("body").open("main", "class", "embed");
    }

    private static String end(HtmlWriter html) {
        return html.close("main").close("body").close("html").toString();
    }

    private String t(String key, Object... parameters) {
        return text.apply(key, parameters);
    }
}
