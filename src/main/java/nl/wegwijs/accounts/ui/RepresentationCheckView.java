package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import nl.wegwijs.accounts.RepresentationId;
import nl.wegwijs.accounts.RepresentationNotFound;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Front desk and admins check the evidence of legal representatives (curator, mentor, bewindvoerder, parent). */
@Route("beheer/vertegenwoordiging")
@Menu(order = 41, title = "nav.representation-check")
@RolesAllowed({"FRONT_DESK", "ADMIN"})
@StyleSheet("styles/representation.css")
class RepresentationCheckView extends Div implements TranslatedTitle {

    private final Representations representations;
    private final Div notice = new Div();
    private final Div cards = new Div();

    RepresentationCheckView(Representations representations) {
        this.representations = representations;
        addClassName("page");
        addClassName("rep-page");
        notice.addClassName("rep-notice");
        notice.getElement().setAttribute("role", "status");
        cards.addClassName("rep-cards");
        add(new PageIntro("rep.check.title", "rep.check.intro"), notice, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        List<RepresentationSummary> waiting = representations.awaitingCheck();
        if (waiting.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("rep.check.empty"));
            empty.addClassName("rep-empty");
            cards.add(empty);
        }
        waiting.forEach(representation -> cards.add(card(representation)));
    }

    private Article card(RepresentationSummary representation) {
        var locale = getLocale();
        String name = representation.representeeName();
        Article card = new Article(new H2(name), new Facts()
                .add("rep.fact.bsn", representation.representee().masked())
                .add("rep.fact.actor", representation.actorName())
                .add("rep.fact.basis", RepresentationTexts.basis(locale, representation.basis()))
                .add("rep.fact.evidence", representation.evidence() == null ? "–" : representation.evidence())
                .add("rep.fact.scope", RepresentationTexts.scope(locale, representation.scope()))
                .add("rep.fact.until", RepresentationTexts.until(locale, representation))
                .add("rep.fact.requested", RepresentationTexts.date(locale, representation.requestedAt())));
        card.addClassName("rep-card");
        NativeButton approve = new NativeButton(getTranslation("rep.check.approve"), click -> new Confirmation(
                getTranslation("rep.check.approve.title", representation.actorName(), name),
                getTranslation("rep.check.approve.yes"), false,
                () -> act(representation, representations::confirmEvidence, "rep.check.approved"),
                getTranslation("rep.check.approve.text", representation.evidence()),
                getTranslation("rep.check.approve.then", representation.actorName(), name)).open());
        approve.addClassName("button-primary");
        approve.getElement().setAttribute("aria-label", getTranslation("rep.check.approve-for", name));
        NativeButton reject = new NativeButton(getTranslation("rep.check.reject"), click -> new Confirmation(
                getTranslation("rep.check.reject.title", representation.actorName(), name),
                getTranslation("rep.check.reject.yes"), true,
                () -> act(representation, representations::revoke, "rep.check.rejected"),
                getTranslation("rep.check.reject.text", representation.actorName())).open());
        reject.addClassName("button-secondary");
        reject.getElement().setAttribute("aria-label", getTranslation("rep.check.reject-for", name));
        Div actions = new Div(approve, reject);
        actions.addClassName("rep-actions");
        card.add(actions);
        return card;
    }

    private void act(RepresentationSummary representation, Function<RepresentationId, RepresentationSummary> change,
            String doneKey) {
        try {
            change.apply(representation.id());
            notice.setText(getTranslation(doneKey, representation.representeeName()));
        } catch (RepresentationNotFound | IllegalStateException gone) {
            notice.setText(getTranslation("rep.notice.gone"));
        }
        show();
    }

    @Override
    public String titleKey() {
        return "rep.check.title";
    }
}
