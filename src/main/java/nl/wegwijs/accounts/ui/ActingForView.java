package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import nl.wegwijs.accounts.RepresentationNotFound;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.RepresentedPeople;
import nl.wegwijs.accounts.RepresentedPerson;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** The carer's dashboard, "Ik regel zaken voor": one card per person, with their applications and messages. */
@Route(ActingForView.PATH)
@Menu(order = 11, title = "nav.acting-for")
@RolesAllowed("RESIDENT")
@StyleSheet("styles/representation.css")
class ActingForView extends Div implements TranslatedTitle {

    static final String PATH = "mijn/voor-een-ander";

    private final RepresentedPeople people;
    private final Representations representations;
    private final Clock clock;
    private final Div notice = new Div();
    private final Div cards = new Div();

    ActingForView(RepresentedPeople people, Representations representations, Clock clock) {
        this.people = people;
        this.representations = representations;
        this.clock = clock;
        addClassName("page");
        addClassName("rep-page");
        notice.addClassName("rep-notice");
        notice.getElement().setAttribute("role", "status");
        Anchor request = new Anchor(RepresentationRequestView.PATH, getTranslation("rep.acting.request"));
        request.addClassName("rep-request-link");
        cards.addClassName("rep-cards");
        add(new PageIntro("rep.acting.title", "rep.acting.intro"), request, notice, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        List<RepresentedPerson> overview = people.overview(getLocale());
        if (overview.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("rep.acting.empty"));
            empty.addClassName("rep-empty");
            cards.add(empty);
        }
        overview.forEach(person -> cards.add(new RepresenteeCard(person, clock.instant(), this::confirmStop)));
    }

    private void confirmStop(RepresentationSummary representation) {
        String name = representation.representeeName();
        new Confirmation(getTranslation("rep.acting.stop.title", name), getTranslation("rep.acting.stop.yes"), true,
                () -> stop(representation), getTranslation("rep.acting.stop.text", name),
                getTranslation("rep.acting.stop.again", name)).open();
    }

    private void stop(RepresentationSummary representation) {
        try {
            representations.revoke(representation.id());
            notice.setText(getTranslation("rep.acting.stopped", representation.representeeName()));
        } catch (RepresentationNotFound | IllegalStateException gone) {
            notice.setText(getTranslation("rep.notice.gone"));
        }
        show();
    }

    @Override
    public String titleKey() {
        return "rep.acting.title";
    }
}
