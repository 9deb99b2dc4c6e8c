package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.directory.NearbyService;
import nl.wegwijs.directory.ServiceWording;
import nl.wegwijs.selfassessment.AdviceRule;

/** One piece of advice: what to do, why ("Omdat u aangaf dat ..."), and where, with nearby services. */
class AdviceSection extends Article {

    AdviceSection(AdviceRule rule, List<NearbyService> services, Locale locale, I18NProvider texts) {
        addClassNames("advice", "advice--" + rule.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        add(new H3(rule.title().in(locale)), new Paragraph(rule.text().in(locale)));
        if (rule.because() != null) {
            var because = new Paragraph(rule.because().in(locale));
            because.addClassName("advice-because");
            add(because);
        }
        if (rule.services() != null) {
            add(new H4(getTranslation("selftest.advice.services")));
            if (services.isEmpty()) {
                add(new Paragraph(new Anchor("sociale-kaart?q=" + java.net.URLEncoder.encode(rule.services().query(),
                        java.nio.charset.StandardCharsets.UTF_8), getTranslation("selftest.advice.search"))));
            } else {
                var list = new UnorderedList();
                list.addClassName("advice-services");
                services.forEach(service -> list.add(card(service, locale, texts)));
                add(list);
            }
        }
    }

    private ListItem card(NearbyService service, Locale locale, I18NProvider texts) {
        var item = new ListItem(new Anchor(service.path().substring(1), service.name()));
        var facts = new ArrayList<String>();
        if (service.organization() != null && !service.organization().equals(service.name())) {
            facts.add(service.organization());
        }
        if (service.distanceMeters() != null) {
            facts.add(ServiceWording.distance(service.distanceMeters(), locale, texts));
        }
        String opening = ServiceWording.opening(service.opening(), locale, texts);
        if (opening != null) {
            facts.add(opening);
        }
        if (service.free()) {
            facts.add(getTranslation("directory.card.free"));
        }
        if (service.noReferral()) {
            facts.add(getTranslation("directory.card.no-referral"));
        }
        var line = new Span(String.join(" · ", facts));
        line.addClassName("advice-service-facts");
        item.add(line);
        return item;
    }
}
