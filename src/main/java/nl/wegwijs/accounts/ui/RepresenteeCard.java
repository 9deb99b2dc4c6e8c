package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.MatterItem;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.RepresentedPerson;
import nl.wegwijs.accounts.ui.RepresentationTexts.Standing;

/** One person a carer acts (or asked to act) for: the facts, what it means now, and their matters while it holds. */
final class RepresenteeCard extends Article {

    RepresenteeCard(RepresentedPerson person, Instant now, Consumer<RepresentationSummary> stop) {
        RepresentationSummary representation = person.representation();
        String name = representation.representeeName();
        Standing standing = RepresentationTexts.standing(representation, now);
        addClassName("rep-card");
        addClassName("rep-card--" + standing.name().toLowerCase());
        var locale = getLocale();
        add(new H2(name), new Facts()
                .add("rep.fact.bsn", representation.representee().masked())
                .add("rep.fact.basis", RepresentationTexts.basis(locale, representation.basis()))
                .add("rep.fact.scope", RepresentationTexts.scope(locale, representation.scope()))
                .add("rep.fact.until", RepresentationTexts.until(locale, representation))
                .add("rep.fact.status", RepresentationTexts.status(locale, representation, now)));
        switch (standing) {
            case WAITING -> add(new Paragraph(getTranslation(representation.basis().needsEvidence()
                    ? "rep.acting.waiting-check" : "rep.acting.waiting-consent", name)));
            case ACTIVE -> matters(person, name);
            case STOPPED -> add(new Paragraph(getTranslation("rep.acting.stopped-text", name)));
        }
        if (standing != Standing.STOPPED) {
            NativeButton stopButton = new NativeButton(getTranslation("rep.acting.stop", name),
                    click -> stop.accept(representation));
            stopButton.addClassName("button-secondary");
            add(stopButton);
        }
    }

    private void matters(RepresentedPerson person, String name) {
        if (person.matters().isEmpty()) {
            add(new Paragraph(getTranslation("rep.acting.no-listed-matters", name)));
            return;
        }
        for (Matter matter : List.of(Matter.APPLICATIONS, Matter.MESSAGES)) {
            List<MatterItem> items = person.matters().get(matter);
            if (items == null) {
                continue;
            }
            add(new H3(getTranslation("rep.acting.matter." + matter.name())));
            if (items.isEmpty()) {
                Paragraph empty = new Paragraph(getTranslation("rep.acting.none." + matter.name(), name));
                empty.addClassName("rep-empty");
                add(empty);
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("rep-items");
            items.forEach(item -> list.add(new ListItem(item(item))));
            add(list);
        }
    }

    private Component[] item(MatterItem item) {
        Component title = item.path() == null ? new Span(item.title()) : new Anchor(item.path(), item.title());
        String when = item.changedAt() == null ? "" : " · " + RepresentationTexts.date(getLocale(), item.changedAt());
        return new Component[] {title, new Span(" – " + item.status() + when)};
    }
}
