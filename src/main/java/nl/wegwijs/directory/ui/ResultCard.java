package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.wegwijs.directory.OpeningStatus;
import nl.wegwijs.directory.ServiceFacts;
import nl.wegwijs.directory.ServiceWording;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.SearchResponse;

/**
 * One result: the service's name (a link to its page), its organisation, a line of its
 * description with the searched words marked, and what a visitor wants to know at a glance:
 * distance, open now or when, free, no referral needed, and when the entry was last checked.
 */
class ResultCard extends ListItem {

    private static final int SUMMARY_LENGTH = 180;

    ResultCard(Hsds.Service service, SearchResponse.Hit hit, ZonedDateTime now, Locale locale) {
        addClassName("result-card");
        Article article = new Article();
        H3 name = new H3(new Anchor(ServicePageLink.href(service.id()), service.name()));
        Paragraph organization = new Paragraph(service.organization() == null ? "" : service.organization().name());
        organization.addClassName("result-card__organization");
        Paragraph summary = new Paragraph();
        summary.addClassName("result-card__summary");
        if (hit.snippet() != null && !hit.snippet().isBlank()) {
            // Escaped by the highlighter; only its <mark> tags are markup.
            summary.getElement().setProperty("innerHTML", hit.snippet());
        } else {
            summary.setText(shortened(service.description()));
        }
        article.add(name, organization, summary, facts(service, hit, now, locale));
        add(article);
    }

    private UnorderedList facts(Hsds.Service service, SearchResponse.Hit hit, ZonedDateTime now, Locale locale) {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("result-card__facts");
        if (hit.distanceMeters() != null) {
            facts.add(fact(distance(hit.distanceMeters(), locale), "result-card__distance"));
        }
        String opening = opening(OpeningStatus.of(service.schedules(), now), locale);
        if (opening != null) {
            facts.add(fact(opening, "result-card__opening"));
        }
        switch (ServiceFacts.cost(service)) {
            case FREE -> facts.add(fact(getTranslation("directory.card.free"), "badge", "badge--free"));
            case COSTS -> facts.add(fact(getTranslation("directory.card.cost"), "badge"));
            case UNKNOWN -> { }
        }
        if (ServiceFacts.needsNoReferral(service)) {
            facts.add(fact(getTranslation("directory.card.no-referral"), "badge"));
        }
        if (service.assuredDate() != null) {
            facts.add(fact(getTranslation("directory.card.checked",
                    service.assuredDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))),
                    "result-card__checked"));
        }
        return facts;
    }

    private static ListItem fact(String text, String... classNames) {
        ListItem fact = new ListItem(new Span(text));
        fact.addClassNames(classNames);
        return fact;
    }

    private String opening(OpeningStatus status, Locale locale) {
        return ServiceWording.opening(status, locale, texts());
    }

    private String distance(double meters, Locale locale) {
        return ServiceWording.distance(meters, locale, texts());
    }

    private static I18NProvider texts() {
        return VaadinService.getCurrent().getInstantiator().getI18NProvider();
    }

    static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
        return flat.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
    }
}
