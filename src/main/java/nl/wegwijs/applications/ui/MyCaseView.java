package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijs.applications.CaseConflict;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.CaseStepRejected;
import nl.wegwijs.applications.MessageRejected;
import nl.wegwijs.applications.MyCase;
import nl.wegwijs.applications.MyCases;
import nl.wegwijs.applications.NotificationChannel;
import nl.wegwijs.applications.ReportResponse;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * One case under "Mijn aanvragen": where it stands on the timeline and the statutory dates, the
 * report to confirm or add to, messages, documents and how the resident hears about news. Every
 * form keeps what was typed when the server refuses it or the case changed in the meantime.
 */
@Route(MyCasesView.PATH + "/:reference")
@RolesAllowed("RESIDENT")
@StyleSheet("styles/my-cases.css")
class MyCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MyCases myCases;
    private final Paragraph notice = new Paragraph();
    private final Paragraph forWhom = new Paragraph();
    private final CaseTimeline timeline = new CaseTimeline();
    private final ReportSection report = new ReportSection();
    private final MessagesSection messages = new MessagesSection();
    private final DocumentsSection documents;
    private final NotifySection notify = new NotifySection();
    private MyCase current;
    private String title = "";

    MyCaseView(MyCases myCases) {
        this.myCases = myCases;
        this.documents = new DocumentsSection(myCases);
        addClassNames("page", "my-case");
        notice.addClassName("my-case__notice");
        notice.getElement().setAttribute("role", "status");
        report.send.addClickListener(click -> respond());
        messages.send.addClickListener(click -> sendMessage());
        notify.save.addClickListener(click -> saveNotify());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var reference = event.getRouteParameters().get("reference").map(CaseReference::parse).orElse(null);
        try {
            current = reference == null ? null : myCases.detail(reference);
        } catch (CaseNotFound e) {
            current = null;
        }
        if (current == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("mycases.item.title", current.detail().reference().value());
        Anchor back = new Anchor(MyCasesView.PATH, getTranslation("mycases.back"));
        back.addClassName("my-case__back");
        add(back, new H1(title), forWhom, notice, timeline, report);
        if (current.mayMessage()) {
            add(messages);
        }
        add(documents);
        if (current.mayChangeContact()) {
            add(notify);
        }
        show(current);
    }

    private void show(MyCase shown) {
        current = shown;
        var detail = shown.detail();
        forWhom.setText(getTranslation("mycases.list.for", detail.subjectName()));
        timeline.show(detail);
        report.show(detail);
        messages.show(detail);
        documents.show(detail);
        notify.show(detail);
    }

    private void respond() {
        ReportResponse response = report.response.getValue();
        String comment = report.comment.getValue();
        if (response == null) {
            report.problems.show(Map.of("response", getTranslation("mycases.error.response-missing")));
            return;
        }
        if (response == ReportResponse.COMMENTED && comment.isBlank()) {
            report.problems.show(Map.of("comment", getTranslation("mycases.error.comment-empty")));
            return;
        }
        if (act(report.problems, () -> myCases.respondToReport(reference(), response, comment, version()),
                "comment")) {
            notice.setText(getTranslation(response == ReportResponse.CONFIRMED ? "mycases.report.thanks-confirmed"
                    : "mycases.report.thanks-commented"));
        }
    }

    private void sendMessage() {
        String text = messages.text.getValue();
        if (act(messages.problems, () -> myCases.postMessage(reference(), text), "text")) {
            messages.text.clear();
            notice.setText(getTranslation("mycases.message.sent"));
        }
    }

    private void saveNotify() {
        NotificationChannel channel = notify.channel.getValue();
        String email = notify.email.getValue();
        if (channel == null) {
            notify.problems.show(Map.of("channel", getTranslation("mycases.error.channel-missing")));
            return;
        }
        if (channel == NotificationChannel.EMAIL && email.isBlank()) {
            notify.problems.show(Map.of("email", getTranslation("mycases.error.email-needed-for-notifications")));
            return;
        }
        if (act(notify.problems, () -> myCases.setNotifyBy(reference(), channel, email, version()), "email")) {
            notice.setText(getTranslation("mycases.notify.saved." + channel.name()));
        }
    }

    /** Runs a change; on success shows the new state, otherwise says why at the field and keeps the input. */
    private boolean act(ErrorSummary problems, Supplier<MyCase> change, String field) {
        problems.clear();
        notice.setText("");
        try {
            show(change.get());
            return true;
        } catch (CaseStepRejected e) {
            problems.show(Map.of(fieldOf(e.reasonKey(), field), getTranslation("mycases.error." + e.reasonKey())));
        } catch (MessageRejected e) {
            problems.show(Map.of(field, getTranslation("mycases.message.error." + e.reasonKey())));
        } catch (CaseConflict e) {
            show(myCases.detail(reference()));
            problems.show(Map.of("#conflict", getTranslation("mycases.error.conflict")));
        } catch (CaseNotFound e) {
            problems.show(Map.of("#gone", getTranslation("mycases.error.gone")));
        }
        return false;
    }

    private static String fieldOf(String reasonKey, String fallback) {
        return switch (reasonKey) {
            case "response-missing" -> "response";
            case "channel-missing" -> "channel";
            case "no-report-to-respond-to" -> "#state";
            default -> fallback;
        };
    }

    private CaseReference reference() {
        return current.detail().reference();
    }

    private long version() {
        return current.detail().version();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
