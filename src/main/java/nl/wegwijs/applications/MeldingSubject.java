package nl.wegwijs.applications;

import java.time.Instant;
import java.util.Optional;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.accounts.Role;
import org.springframework.stereotype.Component;

/** Who a melding is for, seen from the signed-in author: themselves, someone they represent, or the walk-in at the counter. */
@Component
class MeldingSubject {

    record Subject(Bsn bsn, String name, FiledBy filedBy) {
    }

    private final CurrentPerson currentPerson;
    private final Representations representations;
    private final CounterSessions counterSessions;

    MeldingSubject(CurrentPerson currentPerson, Representations representations, CounterSessions counterSessions) {
        this.currentPerson = currentPerson;
        this.representations = representations;
        this.counterSessions = counterSessions;
    }

    /** The subject with their name and how the author files for them; empty when the author may not act for them. */
    Optional<Subject> resolve(Bsn subject, Instant now) {
        var me = currentPerson.require();
        if (me.bsn().map(subject::equals).orElse(false)) {
            return Optional.of(new Subject(subject, me.displayName(), FiledBy.SELF));
        }
        if (!representations.mayActFor(subject, Matter.APPLICATIONS)) {
            return Optional.empty();
        }
        if (me.hasRole(Role.FRONT_DESK)) {
            var session = counterSessions.current().filter(open -> open.resident().equals(subject));
            if (session.isPresent()) {
                return Optional.of(new Subject(subject, session.get().residentName(), FiledBy.COUNTER));
            }
        }
        if (me.hasRole(Role.RESIDENT)) {
            return representations.actingFor().stream()
                    .filter(representation -> representation.representee().equals(subject)
                            && representation.validAt(now))
                    .findFirst()
                    .map(representation -> new Subject(subject, representation.representeeName(),
                            FiledBy.REPRESENTATIVE));
        }
        return Optional.empty();
    }
}
