package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;

/** The short answers: for whom, what it costs, how to sign up, whether a referral is needed, languages. */
class ServiceSummary extends Section {

    /** The codes of the wegwijs-toegang taxonomy, each explained in the bundles. */
    private static final java.util.Set<String> ACCESS_KINDS =
            java.util.Set.of("vrij", "wmo-beschikking", "verwijzing", "landelijk");

    ServiceSummary(Hsds.Service service) {
        addClassName("service-summary");
        H2 heading = new H2(getTranslation("service.summary.heading"));
        heading.setId("service-summary-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        ServiceTerms terms = ServiceTerms.of(service);
        DescriptionList list = new DescriptionList();
        entry(list, getTranslation("service.for-whom"), forWhom(service, terms));
        entry(list, getTranslation("service.cost"), cost(service));
        entry(list, getTranslation("service.sign-up"), dutch(ContactLinks.present(service.applicationProcess())
                ? service.applicationProcess().strip() : null, "service.sign-up.contact"));
        terms.access().filter(ACCESS_KINDS::contains).ifPresent(access -> entry(list, getTranslation("service.access"),
                new Paragraph(getTranslation("service.access." + access))));
        List<String> languages = Hsds.orEmpty(service.languages()).stream().map(Hsds.Language::name)
                .filter(ContactLinks::present).distinct().toList();
        if (!languages.isEmpty()) {
            entry(list, getTranslation("service.languages"), dutch(String.join(", ", languages), null));
        }
        add(heading, list);
    }

    private static void entry(DescriptionList list, String term, Component... description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Component[] forWhom(Hsds.Service service, ServiceTerms terms) {
        List<Component> parts = new ArrayList<>();
        List<String> groups = terms.groups().stream().map(Hsds.TaxonomyTerm::name).toList();
        parts.add(dutch(groups.isEmpty() ? null : String.join(", ", groups), "service.for-whom.everyone"));
        Integer min = service.minimumAge();
        Integer max = service.maximumAge();
        if (min != null || max != null) {
            String ages = min != null && max != null ? getTranslation("service.age.between", min, max)
                    : min != null ? getTranslation("service.age.from", min) : getTranslation("service.age.until", max);
            parts.add(new Paragraph(ages));
        }
        if (ContactLinks.present(service.eligibilityDescription())) {
            parts.add(dutch(service.eligibilityDescription().strip(), null));
        }
        return parts.toArray(Component[]::new);
    }

    private Component[] cost(Hsds.Service service) {
        List<Component> parts = new ArrayList<>();
        List<Hsds.CostOption> paid = Hsds.orEmpty(service.costOptions()).stream()
                .filter(option -> option.amount() != null && option.amount() > 0).toList();
        if (paid.isEmpty()) {
            Span free = new Span(getTranslation("service.cost.free"));
            free.addClassName("badge-free");
            parts.add(new Paragraph(free));
        } else {
            parts.add(new Paragraph(getTranslation("service.cost.contribution")));
            UnorderedList options = new UnorderedList();
            options.getElement().setAttribute("lang", "nl");
            NumberFormat euros = NumberFormat.getCurrencyInstance(java.util.Locale.of("nl", "NL"));
            paid.forEach(option -> options.add(new ListItem(
                    (ContactLinks.present(option.option()) ? option.option().strip() + ": " : "")
                            + (ContactLinks.present(option.amountDescription()) ? option.amountDescription().strip()
                                    : euros.format(option.amount())))));
            parts.add(options);
        }
        if (ContactLinks.present(service.feesDescription())) {
            parts.add(dutch(service.feesDescription().strip(), null));
        }
        return parts.toArray(Component[]::new);
    }

    /** Text from the data (written in Dutch), or the translated fallback when there is none. */
    private Paragraph dutch(String data, String fallbackKey) {
        if (data == null) {
            return new Paragraph(getTranslation(fallbackKey));
        }
        Paragraph paragraph = new Paragraph(data);
        paragraph.getElement().setAttribute("lang", "nl");
        return paragraph;
    }
}
