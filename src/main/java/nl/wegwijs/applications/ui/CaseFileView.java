package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.applications.CaseConflict;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.CaseStatus;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.Colleague;

/**
 * One case for the consultant: the melding and its timeline, who handles it, the form for the next
 * step, messages and documents. When someone else changed the case in the meantime, nothing is
 * saved: the page shows the new state and keeps what the consultant typed in the forms.
 */
@Route(CaseworkView.PATH + "/:reference")
@RolesAllowed("CONSULTANT")
@StyleSheet("styles/casework.css")
class CaseFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = CaseworkView.PATH;

    private final Casework casework;
    private final AccountId me;
    private final H1 heading = new H1();
    private final Div notice = new Div();
    private final Div facts = new Div();
    private final Div assign = new Div();
    private final Div step = new Div();
    private final Div messages = new Div();
    private final Div messageForm = new Div();
    private final Div documents = new Div();
    private List<Colleague> colleagues = List.of();
    private CaseDetail detail;

    CaseFileView(Casework casework, CurrentPerson currentPerson) {
        this.casework = casework;
        this.me = currentPerson.require().id();
        addClassName("page");
        addClassName("case-file-page");
        notice.addClassName("case-notice");
        notice.setVisible(false);
        add(heading, new Anchor(PATH, getTranslation("casework.file.back")), notice, facts, assign,
                section("casework.step.heading", step), section("casework.messages.heading", messages), messageForm,
                section("casework.documents.heading", documents));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reference = CaseReference.parse(event.getRouteParameters().get("reference").orElse(null));
        try {
            if (reference == null) {
                throw new CaseNotFound();
            }
            detail = casework.detail(reference);
        } catch (CaseNotFound notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("casework.file.not-found"));
            return;
        }
        colleagues = casework.colleagues();
        messageForm.add(new MessageForm(casework, reference, this::save));
        show(true);
    }

    /** Saves a step at the version on screen; on a conflict shows the new state and keeps the forms as typed. */
    private boolean save(CaseStep change) {
        CaseStatus before = detail.status();
        try {
            detail = change.apply(detail.version());
            // Who handles the case may have changed; the assign form holds no typed text.
            assign.removeAll();
            say("casework.saved", false);
            show(detail.status() != before);
            return true;
        } catch (CaseConflict conflict) {
            detail = casework.detail(detail.reference());
            colleagues = casework.colleagues();
            show(false);
            say("casework.conflict", true);
            return false;
        }
    }

    private void show(boolean newStepForm) {
        heading.setText(getTranslation("casework.file.title", detail.reference().value()));
        facts.removeAll();
        facts.add(new CaseFacts(detail, id -> colleagues.stream().filter(colleague -> colleague.id().equals(id))
                .map(Colleague::name).findFirst().orElse("?")));
        messages.removeAll();
        messages.add(new CaseMessages(detail.messages()));
        documents.removeAll();
        documents.add(new CaseDocuments(casework, detail));
        if (newStepForm || assign.getChildren().findAny().isEmpty()) {
            assign.removeAll();
            if (detail.status() != CaseStatus.DECIDED) {
                assign.add(new AssignForm(casework, detail, colleagues, me, this::save));
            }
        }
        if (newStepForm || step.getChildren().findAny().isEmpty()) {
            step.removeAll();
            step.add(nextStep());
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Component nextStep() {
        return switch (detail.status()) {
            case MELDING_RECEIVED -> new PlanConversationForm(casework, detail, this::save);
            case CONVERSATION_PLANNED -> new ReportForm(casework, detail, this::save);
            case REPORT_READY -> new AanvraagForm(casework, detail, this::save);
            case AANVRAAG_RECEIVED -> new DecisionForm(casework, detail, this::save);
            case DECIDED -> decided();
        };
    }

    private Component decided() {
        Anchor letter = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(download ->
                casework.decisionLetter(detail.reference()).map(CaseDocuments::response)
                        .orElseGet(() -> com.vaadin.flow.server.streams.DownloadResponse.error(404))),
                getTranslation("casework.decision.letter"));
        letter.addClassName("button-secondary");
        letter.addClassName("decision-letter");
        return new Div(new Paragraph(getTranslation("casework.step.closed")), letter);
    }

    private void say(String key, boolean conflict) {
        notice.removeAll();
        notice.add(new Paragraph(getTranslation(key)));
        notice.getElement().setAttribute("role", conflict ? "alert" : "status");
        notice.setClassName("case-conflict", conflict);
        notice.setVisible(true);
    }

    private Div section(String headingKey, Component content) {
        Div section = new Div(new H2(getTranslation(headingKey)), content);
        section.addClassName("case-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        String title = detail == null ? I18NProvider.translate("casework.file.title-generic")
                : I18NProvider.translate("casework.file.title", detail.reference().value());
        return title + " | " + I18NProvider.translate("app.name");
    }
}
