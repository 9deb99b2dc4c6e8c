package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.EnumMap;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseStatus;
import nl.wegwijs.applications.TimelineEntry;

/**
 * The five steps of the procedure as an ordered list: done steps with their date, the current one
 * said in words (not only by colour), and the statutory dates that still lie ahead.
 */
final class CaseTimeline extends Div {

    CaseTimeline() {
        addClassName("case-timeline");
    }

    void show(CaseDetail detail) {
        removeAll();
        var reached = new EnumMap<CaseStatus, Instant>(CaseStatus.class);
        for (TimelineEntry entry : detail.timeline()) {
            reached.put(entry.status(), entry.at());
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("case-timeline__steps");
        for (CaseStatus step : CaseStatus.values()) {
            ListItem item = new ListItem(new Span(getTranslation("mycases.status." + step.name())));
            if (step == detail.status()) {
                item.addClassName("case-timeline__step--current");
                item.getElement().setAttribute("aria-current", "step");
                item.add(new Span(" " + getTranslation("mycases.timeline.current")));
            } else if (detail.status().reached(step)) {
                item.addClassName("case-timeline__step--done");
                item.add(new Span(" " + getTranslation("mycases.timeline.done")));
            } else {
                item.addClassName("case-timeline__step--todo");
                item.add(new Span(" " + getTranslation("mycases.timeline.todo")));
            }
            Instant at = reached.get(step);
            if (at != null && detail.status().reached(step)) {
                Paragraph when = new Paragraph(getTranslation("mycases.timeline.on", CaseTexts.date(at, getLocale())));
                when.addClassName("case-timeline__date");
                item.add(when);
            }
            steps.add(item);
        }
        add(new H2(getTranslation("mycases.timeline.heading")), steps);
        if (detail.nextDeadline() != null) {
            String key = detail.status() == CaseStatus.AANVRAAG_RECEIVED ? "mycases.deadline.decision"
                    : "mycases.deadline.investigation";
            Paragraph next = new Paragraph(getTranslation(key, CaseTexts.date(detail.nextDeadline(), getLocale())));
            next.addClassName("case-timeline__next");
            add(next);
        }
        if (!detail.status().reached(CaseStatus.CONVERSATION_PLANNED)) {
            add(new Paragraph(getTranslation("mycases.deadline.plan", CaseTexts.date(detail.planDue(), getLocale()))));
        }
        if (detail.conversation() != null) {
            add(new Paragraph(getTranslation("mycases.conversation", CaseTexts.dateTime(detail.conversation().at(), getLocale()),
                    detail.conversation().place())));
        }
        if (detail.decision() != null) {
            var decision = detail.decision();
            add(new H2(getTranslation("mycases.decision.heading")),
                    new Paragraph(getTranslation("mycases.decision.outcome." + decision.outcome().name())));
            if (decision.provision() != null && decision.form() != null) {
                add(new Paragraph(getTranslation("mycases.decision.provision",
                        getTranslation("mycases.provision." + decision.provision().name()),
                        getTranslation("mycases.form." + decision.form().name()))));
            }
            Paragraph reasons = new Paragraph(decision.reasons());
            reasons.addClassName("case-text");
            add(reasons, new Paragraph(getTranslation("mycases.decision.objection")));
        }
    }
}
