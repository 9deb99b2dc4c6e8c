package nl.wegwijs.applications.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.accounts.Role;

/**
 * Who the signed-in person may file a melding for: themselves (a resident with a BSN), each person
 * they represent in applications, and, at the front desk, the walk-in of the open counter session.
 */
final class MeldingSubjectChoices {

    /** One option; {@code reference} is what a deep link {@code ?voor=} may name (a representation id, or "zelf"). */
    record Choice(Bsn subject, String label, String reference) {
    }

    static final String SELF = "zelf";

    private final CurrentPerson currentPerson;
    private final Representations representations;
    private final CounterSessions counterSessions;
    private final Clock clock;

    MeldingSubjectChoices(CurrentPerson currentPerson, Representations representations,
            CounterSessions counterSessions, Clock clock) {
        this.currentPerson = currentPerson;
        this.representations = representations;
        this.counterSessions = counterSessions;
        this.clock = clock;
    }

    List<Choice> available(Function<String, String> selfLabel, Function<String, String> otherLabel,
            Function<String, String> walkInLabel) {
        var me = currentPerson.require();
        var choices = new ArrayList<Choice>();
        if (me.hasRole(Role.FRONT_DESK)) {
            counterSessions.current()
                    .filter(session -> session.open() && session.scope().contains(Matter.APPLICATIONS))
                    .ifPresent(session -> choices.add(new Choice(session.resident(),
                            walkInLabel.apply(session.residentName()), session.id().value().toString())));
        }
        if (me.hasRole(Role.RESIDENT)) {
            me.bsn().ifPresent(own -> choices.add(new Choice(own, selfLabel.apply(me.displayName()), SELF)));
            Instant now = clock.instant();
            representations.actingFor().stream()
                    .filter(representation -> representation.validAt(now)
                            && representation.scope().contains(Matter.APPLICATIONS))
                    .forEach(representation -> choices.add(new Choice(representation.representee(),
                            otherLabel.apply(representation.representeeName()),
                            representation.id().value().toString())));
        }
        return choices;
    }
}
