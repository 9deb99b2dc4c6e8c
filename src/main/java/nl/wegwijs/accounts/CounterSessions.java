package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A front-desk employee helping a walk-in who is present: after checking identity and asking
 * consent the employee acts for the resident (a COUNTER representation) until the session ends,
 * and everything they record about that resident meanwhile is marked "at the counter". One open
 * session per employee; it ends on request, at sign-out, when the HTTP session ends, and at start-up.
 */
@Service
public class CounterSessions {

    static final String OBJECT = "counter-session";
    static final String HAND_OVER = "counter-handover";
    /** A safety net: even if every other way of ending failed, the representation runs out after a working day. */
    static final Duration LONGEST = Duration.ofHours(9);

    private final CounterSessionRepository sessions;
    private final RepresentationRepository representations;
    private final AccountRepository accounts;
    private final AuditEventRepository events;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final CounterSessionEnding ending;
    private final HandOverPdf handOverPdf;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CounterSessions(CounterSessionRepository sessions, RepresentationRepository representations,
            AccountRepository accounts, AuditEventRepository events, CurrentPerson currentPerson, AuditLog audit,
            CounterSessionEnding ending, HandOverPdf handOverPdf, PlatformTransactionManager transactions,
            Clock clock) {
        this.sessions = sessions;
        this.representations = representations;
        this.accounts = accounts;
        this.events = events;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.ending = ending;
        this.handOverPdf = handOverPdf;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Starts helping a resident at the counter; {@link CounterSessionRejected} names every field
     * that is wrong, or {@code session.open} when this employee already has an open session.
     */
    @PreAuthorize("hasRole('FRONT_DESK')")
    public CounterSessionSummary start(CounterStart start) {
        var employee = currentPerson.account().orElseThrow(() -> new AccessDeniedException("No account"));
        var problems = CounterStartCheck.problems(start);
        if (!problems.isEmpty()) {
            throw new CounterSessionRejected(problems);
        }
        var resident = Bsn.parse(start.residentBsn()).orElseThrow();
        CounterSession session;
        try {
            // Committed before the audit row is written (in its own transaction), so that row already sees the session.
            session = transaction.execute(status -> open(employee, resident, start));
        } catch (DataIntegrityViolationException raceWithSecondTab) {
            throw alreadyOpen();
        }
        ending.bindToCurrentHttpSession(session);
        audit.record(AuditAction.CREATED, OBJECT, session.id().toString(), resident);
        return summary(session);
    }

    /** The signed-in employee's open counter session, if any. */
    @PreAuthorize("hasRole('FRONT_DESK')")
    @Transactional(readOnly = true)
    public Optional<CounterSessionSummary> current() {
        return openSession().map(this::summary);
    }

    /** Ends the open session and its representation at once; empty when none was open. */
    @PreAuthorize("hasRole('FRONT_DESK')")
    @Transactional
    public Optional<CounterSessionSummary> end() {
        return openSession().map(session -> {
            // Written while the session is still open: the row says "at the counter, for the resident".
            audit.record(AuditAction.ENDED, OBJECT, session.id().toString(), session.resident(),
                    CounterSessionEnd.BY_EMPLOYEE.name());
            ending.close(session, CounterSessionEnd.BY_EMPLOYEE);
            return summary(session);
        });
    }

    /**
     * The hand-over for the resident of the open session, as a PDF in Dutch: who was helped, by
     * whom, when, what was done, and how to continue at home. Empty when no session is open.
     */
    @PreAuthorize("hasRole('FRONT_DESK')")
    public Optional<byte[]> handOverPdf() {
        var session = transaction.execute(status -> openSession().orElse(null));
        if (session == null) {
            return Optional.empty();
        }
        audit.record(AuditAction.CREATED, HAND_OVER, session.id().toString(), session.resident());
        var done = transaction.execute(status -> events
                .findByActorIdAndSubjectBsnAndOccurredAtGreaterThanEqualOrderByIdAsc(session.employee().value(),
                        session.resident().value(), session.startedAt())
                .stream().map(AuditEvent::record).toList());
        return Optional.of(handOverPdf.render(summary(session), done, clock.instant()));
    }

    private CounterSession open(Account employee, Bsn resident, CounterStart start) {
        if (sessions.findFirstByEmployeeIdAndEndedAtIsNull(employee.id().value()).isPresent()) {
            throw alreadyOpen();
        }
        var now = clock.instant();
        String name = start.residentName().strip();
        var representation = representations.save(Representation.active(resident, name, employee.id(),
                RepresentationBasis.COUNTER, EnumSet.copyOf(start.scope()), now, now.plus(LONGEST)));
        return sessions.saveAndFlush(new CounterSession(employee.id(), representation.id(), resident, name,
                start.document().name(), CounterStartCheck.lastFour(start.documentLast4()), now));
    }

    private Optional<CounterSession> openSession() {
        var employee = currentPerson.require();
        return sessions.findFirstByEmployeeIdAndEndedAtIsNull(employee.id().value());
    }

    private CounterSessionSummary summary(CounterSession session) {
        String employeeName = accounts.findById(session.employee().value()).map(Account::displayName).orElse("");
        var scope = representations.findById(session.representation().value())
                .map(representation -> representation.summary(employeeName).scope()).orElse(Set.of());
        return new CounterSessionSummary(new CounterSessionId(session.id()), session.resident(),
                session.residentName(), session.employee(), employeeName,
                IdentityDocument.valueOf(session.documentType()), scope, session.startedAt(), session.endedAt());
    }

    private static CounterSessionRejected alreadyOpen() {
        return new CounterSessionRejected(List.of(new CounterSessionRejected.Problem(null, "session.open")));
    }
}
