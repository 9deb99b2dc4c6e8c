package nl.wegwijs.applications;

import java.time.Clock;
import java.time.LocalDate;

/** The consultant's input checked before it reaches the case: lengths, and dates that make sense today. */
final class CaseworkRules {

    static final int PLACE = 300;
    static final int ATTENDEES = 500;
    static final int REPORT = 20_000;
    static final int TEXT = 4000;

    private final Clock clock;

    CaseworkRules(Clock clock) {
        this.clock = clock;
    }

    ConversationPlan checked(ConversationPlan plan) {
        if (plan == null || plan.at() == null || plan.place() == null || plan.place().isBlank()) {
            throw new CaseStepRejected("conversation-incomplete");
        }
        if (plan.at().isBefore(clock.instant())) {
            throw new CaseStepRejected("conversation-in-past");
        }
        if (plan.place().length() > PLACE) {
            throw new CaseStepRejected("place-too-long");
        }
        if (plan.attendees() != null && plan.attendees().length() > ATTENDEES) {
            throw new CaseStepRejected("attendees-too-long");
        }
        return plan;
    }

    String report(String text) {
        if (text != null && text.length() > REPORT) {
            throw new CaseStepRejected("report-too-long");
        }
        return text;
    }

    LocalDate aanvraagDay(LocalDate day) {
        if (day != null && day.isAfter(LocalDate.ofInstant(clock.instant(), WmoCase.ZONE))) {
            throw new CaseStepRejected("aanvraag-date-future");
        }
        return day;
    }

    Decision checked(Decision decision) {
        if (decision == null || decision.outcome() == null) {
            throw new CaseStepRejected("decision-outcome-missing");
        }
        if (decision.reasons() == null || decision.reasons().isBlank()) {
            throw new CaseStepRejected("decision-reasons-missing");
        }
        if (decision.reasons().length() > TEXT) {
            throw new CaseStepRejected("decision-reasons-too-long");
        }
        return decision;
    }

    String message(String text) {
        if (text == null || text.isBlank()) {
            throw new CaseStepRejected("message-empty");
        }
        if (text.length() > TEXT) {
            throw new CaseStepRejected("message-too-long");
        }
        return text.strip();
    }
}
