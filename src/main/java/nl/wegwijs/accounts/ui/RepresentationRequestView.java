package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.accounts.RepresentationRejected;
import nl.wegwijs.accounts.RepresentationSummary;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** A carer asks to act for someone; afterwards the page says plainly what happens next. */
@Route(RepresentationRequestView.PATH)
@RolesAllowed("RESIDENT")
@StyleSheet("styles/representation.css")
class RepresentationRequestView extends Div implements TranslatedTitle {

    static final String PATH = ActingForView.PATH + "/aanvragen";

    private final Representations representations;
    private final ConsentRequestForm form = new ConsentRequestForm();
    private final Div content = new Div();

    RepresentationRequestView(Representations representations) {
        this.representations = representations;
        addClassName("page");
        addClassName("rep-page");
        NativeButton send = new NativeButton(getTranslation("rep.form.send"), click -> send());
        send.addClassName("button-primary");
        Anchor back = new Anchor(ActingForView.PATH, getTranslation("rep.form.back"));
        Div actions = new Div(send, back);
        actions.addClassName("rep-actions");
        content.add(form, actions);
        add(new PageIntro("rep.request.title", "rep.request.intro"), content);
    }

    private void send() {
        if (form.endDateUnreadable()) {
            form.show(representations.check(form.value()));
            return;
        }
        try {
            showSent(representations.request(form.value()));
        } catch (RepresentationRejected rejected) {
            form.show(rejected.problems());
        }
    }

    private void showSent(RepresentationSummary sent) {
        String name = sent.representeeName();
        Div done = new Div(new H2(getTranslation("rep.sent.title")));
        done.addClassName("rep-sent");
        done.getElement().setAttribute("tabindex", "-1");
        if (sent.basis().needsEvidence()) {
            done.add(new Paragraph(getTranslation("rep.sent.check", name)),
                    new Paragraph(getTranslation("rep.sent.check-after", name)));
        } else {
            done.add(new Paragraph(getTranslation("rep.sent.consent", name)),
                    new Paragraph(getTranslation("rep.sent.consent-after", name)));
        }
        Anchor dashboard = new Anchor(ActingForView.PATH, getTranslation("rep.sent.to-dashboard"));
        Anchor another = new Anchor(PATH, getTranslation("rep.sent.another"));
        another.setRouterIgnore(true);
        Div links = new Div(dashboard, another);
        links.addClassName("rep-actions");
        done.add(links);
        content.removeAll();
        content.add(done);
        done.getElement().executeJs("this.focus()");
    }

    @Override
    public String titleKey() {
        return "rep.request.title";
    }
}
