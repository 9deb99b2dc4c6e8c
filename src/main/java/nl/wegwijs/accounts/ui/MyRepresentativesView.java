package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.wegwijs.accounts.RepresentationId;
import nl.wegwijs.accounts.RepresentationNotFound;
import nl.wegwijs.accounts.RepresentationStatus;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.accounts.ui.RepresentationTexts.Standing;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * "Wie regelt zaken voor mij": requests waiting for the resident's answer, everyone who may act
 * for them now (on any basis, DigiD-machtiging and counter included) and what ended before.
 */
@Route("mijn/machtigingen")
@Menu(order = 10, title = "nav.my-representatives")
@RolesAllowed("RESIDENT")
@StyleSheet("styles/representation.css")
class MyRepresentativesView extends Div implements TranslatedTitle {

    private final Representations representations;
    private final Clock clock;
    private final Div notice = new Div();
    private final Div lists = new Div();

    MyRepresentativesView(Representations representations, Clock clock) {
        this.representations = representations;
        this.clock = clock;
        addClassName("page");
        addClassName("rep-page");
        notice.addClassName("rep-notice");
        notice.getElement().setAttribute("role", "status");
        add(new PageIntro("rep.mine.title", "rep.mine.intro"), notice, lists);
        show();
    }

    private void show() {
        lists.removeAll();
        Instant now = clock.instant();
        List<RepresentationSummary> all = representations.aboutMe();
        var actions = new RepresentativeActions(this::confirm, this::decline, this::revoke);
        lists.add(new RepresentativeSection("rep.mine.pending", "rep.mine.pending-empty",
                only(all, Standing.WAITING, now), now, actions));
        lists.add(new RepresentativeSection("rep.mine.active", "rep.mine.active-empty",
                only(all, Standing.ACTIVE, now), now, actions));
        lists.add(new RepresentativeSection("rep.mine.history", "rep.mine.history-empty",
                only(all, Standing.STOPPED, now), now, actions));
    }

    private static List<RepresentationSummary> only(List<RepresentationSummary> all, Standing standing, Instant now) {
        return all.stream().filter(r -> RepresentationTexts.standing(r, now) == standing).toList();
    }

    private void confirm(RepresentationSummary request) {
        String actor = request.actorName();
        new Confirmation(getTranslation("rep.mine.confirm.title", actor), getTranslation("rep.mine.confirm.yes"), false,
                () -> act(request, representations::confirm, "rep.mine.confirmed"),
                getTranslation("rep.mine.confirm.may", actor, RepresentationTexts.scope(getLocale(), request.scope())),
                getTranslation("rep.mine.confirm.until", RepresentationTexts.until(getLocale(), request)),
                getTranslation("rep.mine.confirm.revocable")).open();
    }

    private void decline(RepresentationSummary request) {
        String actor = request.actorName();
        new Confirmation(getTranslation("rep.mine.decline.title", actor), getTranslation("rep.mine.decline.yes"), true,
                () -> act(request, representations::decline, "rep.mine.declined"),
                getTranslation("rep.mine.decline.text", actor)).open();
    }

    private void revoke(RepresentationSummary representation) {
        String actor = representation.actorName();
        new Confirmation(getTranslation("rep.mine.revoke.title", actor), getTranslation("rep.mine.revoke.yes"), true,
                () -> act(representation, representations::revoke, "rep.mine.revoked"),
                getTranslation("rep.mine.revoke.text", actor)).open();
    }

    private void act(RepresentationSummary representation, Function<RepresentationId, RepresentationSummary> change,
            String doneKey) {
        try {
            change.apply(representation.id());
            notice.setText(getTranslation(doneKey, representation.actorName()));
        } catch (RepresentationNotFound | IllegalStateException gone) {
            notice.setText(getTranslation("rep.notice.gone"));
        }
        show();
    }

    /** Whether the resident answers this request themselves (an informal carer's), not the municipality. */
    static boolean answeredByResident(RepresentationSummary representation) {
        return representation.status() == RepresentationStatus.REQUESTED && !representation.basis().needsEvidence();
    }

    @Override
    public String titleKey() {
        return "rep.mine.title";
    }
}
