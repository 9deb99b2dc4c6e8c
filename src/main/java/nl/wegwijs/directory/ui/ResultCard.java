package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.wegwijs.directory.OpeningStatus;
import nl.wegwijs.directory.ServiceFacts;
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
        String day = status.day() == null ? "" : status.day().getDisplayName(TextStyle.FULL, locale);
        String when = switch (status.daysAhead()) {
            case 0 -> "today";
            case 1 -> "tomorrow";
            default -> "day";
        };
        return switch (status.state()) {
            case ALWAYS_OPEN -> getTranslation("directory.card.always-open");
            case OPEN_UNTIL -> getTranslation("directory.card.open-until." + when, status.clockTime(), day);
            case OPENS_AT -> getTranslation("directory.card.opens." + when, status.clockTime(), day);
            case UNKNOWN -> null;
        };
    }

    private String distance(double meters, Locale locale) {
        if (meters < 1000) {
            return getTranslation("directory.card.meters", Math.max(100, Math.round(meters / 100) * 100));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(meters < 10_000 ? 1 : 0);
        return getTranslation("directory.card.kilometers", format.format(meters / 1000));
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
