package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.util.List;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.ui.RepresentationTexts.Standing;

/** One part of the resident's page (waiting, now, before): a heading and a card per representative. */
final class RepresentativeSection extends Section {

    RepresentativeSection(String headingKey, String emptyKey, List<RepresentationSummary> representations,
            Instant now, RepresentativeActions actions) {
        addClassName("rep-section");
        add(new H2(getTranslation(headingKey)));
        if (representations.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("rep-empty");
            add(empty);
        }
        Div cards = new Div();
        cards.addClassName("rep-cards");
        representations.forEach(representation -> cards.add(card(representation, now, actions)));
        add(cards);
    }

    private Article card(RepresentationSummary representation, Instant now, RepresentativeActions actions) {
        var locale = getLocale();
        String actor = representation.actorName();
        Article card = new Article(new H3(actor), new Facts()
                .add("rep.fact.basis", RepresentationTexts.basis(locale, representation.basis()))
                .add("rep.fact.scope", RepresentationTexts.scope(locale, representation.scope()))
                .add("rep.fact.until", RepresentationTexts.until(locale, representation))
                .add("rep.fact.requested", RepresentationTexts.date(locale, representation.requestedAt()))
                .add("rep.fact.status", RepresentationTexts.status(locale, representation, now)));
        card.addClassName("rep-card");
        Standing standing = RepresentationTexts.standing(representation, now);
        if (MyRepresentativesView.answeredByResident(representation)) {
            card.add(new Paragraph(getTranslation("rep.mine.question", actor)),
                    buttons(button("rep.mine.allow", actor, true, () -> actions.confirm().accept(representation)),
                            button("rep.mine.refuse", actor, false, () -> actions.decline().accept(representation))));
        } else if (standing == Standing.WAITING) {
            card.add(new Paragraph(getTranslation("rep.mine.being-checked", actor)));
        } else if (standing == Standing.ACTIVE) {
            card.add(buttons(button("rep.mine.withdraw", actor, false, () -> actions.revoke().accept(representation))));
        }
        return card;
    }

    private NativeButton button(String key, String actor, boolean primary, Runnable action) {
        NativeButton button = new NativeButton(getTranslation(key), click -> action.run());
        button.getElement().setAttribute("aria-label", getTranslation(key + "-for", actor));
        button.addClassName(primary ? "button-primary" : "button-secondary");
        return button;
    }

    private static Div buttons(NativeButton... buttons) {
        Div row = new Div(buttons);
        row.addClassName("rep-actions");
        return row;
    }
}
