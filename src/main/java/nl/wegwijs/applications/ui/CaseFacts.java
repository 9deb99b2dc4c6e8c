package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.function.Function;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.applications.CaseDetail;

/** What is known of a case, read-only: the melding as filed, each step so far, and the timeline. */
class CaseFacts extends Div {

    private final DescriptionList list = new DescriptionList();

    CaseFacts(CaseDetail detail, Function<AccountId, String> names) {
        addClassName("case-facts");
        var answers = detail.answers();
        fact("name", detail.subjectName());
        fact("filed-by", t("casework.filed." + detail.filedBy().name()));
        fact("melding-at", CaseTexts.dateTime(detail.meldingAt(), getLocale()));
        fact("status", t("casework.status." + detail.status().name()));
        fact("consultant", detail.consultant() == null ? t("casework.nobody") : names.apply(detail.consultant()));
        fact("plan-due", CaseTexts.date(detail.planDue(), getLocale()));
        fact("investigation-due", CaseTexts.date(detail.investigationDue(), getLocale()));
        if (detail.decisionDue() != null) {
            fact("decision-due", CaseTexts.date(detail.decisionDue(), getLocale()));
        }
        answers.difficulties().forEach((domain, words) ->
                fact("difficulties", t("casework.domain." + domain.name()) + ": " + orEmpty(words)));
        fact("own-strength", answers.ownStrength());
        fact("network", answers.network());
        fact("carer", Boolean.TRUE.equals(answers.hasCarer()) ? answers.carerName() : t("casework.facts.carer-none"));
        if (Boolean.TRUE.equals(answers.hasCarer())) {
            fact("carer-situation", answers.carerSituation());
        }
        fact("address", join(answers.postcode(), answers.houseNumber()));
        fact("phone", answers.phone());
        fact("email", answers.email());
        fact("contact-by", answers.contactBy() == null ? null : t("casework.contact." + answers.contactBy().name()));
        fact("preferred-time", answers.preferredTime());
        fact("urgency", answers.urgency() == null ? null : t("casework.urgency." + answers.urgency().name()));
        if (answers.urgencyReason() != null && !answers.urgencyReason().isBlank()) {
            fact("urgency-reason", answers.urgencyReason());
        }
        fact("personal-plan", answers.personalPlan());
        steps(detail);
        OrderedList timeline = new OrderedList();
        timeline.addClassName("case-timeline");
        detail.timeline().forEach(entry -> timeline.add(new ListItem(t("casework.timeline.entry",
                CaseTexts.dateTime(entry.at(), getLocale()), t("casework.status." + entry.status().name())))));
        add(new H2(t("casework.facts.heading")), list, new H2(t("casework.timeline.heading")), timeline);
    }

    private void steps(CaseDetail detail) {
        var conversation = detail.conversation();
        if (conversation != null) {
            fact("conversation", t("casework.facts.conversation-text", CaseTexts.dateTime(conversation.at(),
                    getLocale()), conversation.place()));
            fact("attendees", conversation.attendees() + (conversation.carerInvited()
                    ? " " + t("casework.facts.carer-invited") : ""));
        }
        if (detail.report() != null) {
            fact("report", detail.report());
            fact("report-response", detail.reportResponse() == null ? t("casework.facts.report-response.none")
                    : t("casework.facts.report-response." + detail.reportResponse().name(),
                            orEmpty(detail.reportComment())));
        }
        if (detail.aanvraagOn() != null) {
            fact("aanvraag", CaseTexts.date(detail.aanvraagOn(), getLocale()));
        }
        var decision = detail.decision();
        if (decision != null) {
            String what = t("casework.outcome." + decision.outcome().name());
            if (decision.provision() != null && decision.form() != null) {
                what += ": " + t("casework.provision." + decision.provision().name()) + ", "
                        + t("casework.form." + decision.form().name());
            }
            fact("decision", what + ". " + decision.reasons());
        }
    }

    private void fact(String key, String value) {
        var description = new DescriptionList.Description(value == null || value.isBlank()
                ? t("casework.facts.empty") : value);
        description.addClassName("case-fact-" + key);
        list.add(new DescriptionList.Term(t("casework.facts." + key)), description);
    }

    private static String join(String first, String second) {
        return (orEmpty(first) + " " + orEmpty(second)).strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private String t(String key, Object... parameters) {
        return getTranslation(key, parameters);
    }
}
