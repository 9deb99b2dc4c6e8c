package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.accounts.CounterSessionSummary;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * The front desk: start a counter session for a walk-in (identity checked, consent asked), then
 * work on their behalf, hand over a PDF summary and end the session.
 */
@Route(CounterView.PATH)
@Menu(order = 40, title = "nav.counter")
@RolesAllowed("FRONT_DESK")
@StyleSheet("styles/counter.css")
class CounterView extends Div implements TranslatedTitle {

    static final String PATH = "balie";

    private final CounterSessions sessions;
    private final Div content = new Div();

    CounterView(CounterSessions sessions) {
        this.sessions = sessions;
        addClassName("page");
        addClassName("counter-page");
        add(new PageIntro("counter.title", "counter.intro"), content);
        sessions.current().ifPresentOrElse(this::showSession, () -> showStartForm(null));
    }

    private void showStartForm(CounterSessionSummary ended) {
        content.removeAll();
        if (ended != null) {
            Paragraph done = new Paragraph(getTranslation("counter.ended", ended.residentName()));
            done.addClassName("counter-status");
            done.getElement().setAttribute("role", "status");
            content.add(done);
        }
        content.add(new CounterStartForm(sessions, this::showSession));
    }

    private void showSession(CounterSessionSummary session) {
        content.removeAll();
        content.add(new CounterSessionPanel(sessions, session, this::showStartForm));
    }

    @Override
    public String titleKey() {
        return "counter.title";
    }
}
