package nl.wegwijs.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a counter session, with its representation, whenever the employee leaves it: on request,
 * when they sign out, when their HTTP session ends, and at start-up for sessions a crash left open.
 * A counter session belongs to the HTTP session it was started in, so an old session of the same
 * employee in another browser that times out does not end the one at the counter.
 */
@Component
class CounterSessionEnding {

    private static final Logger log = LoggerFactory.getLogger(CounterSessionEnding.class);

    private final CounterSessionRepository sessions;
    private final RepresentationRepository representations;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    /** HTTP session id → the counter session started in it. In memory: after a restart none is open. */
    private final Map<String, UUID> startedIn = new ConcurrentHashMap<>();

    CounterSessionEnding(CounterSessionRepository sessions, RepresentationRepository representations,
            AccountRepository accounts, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.representations = representations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Remembers the HTTP session of the current request (if any) as the home of {@code session}. */
    void bindToCurrentHttpSession(CounterSession session) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            startedIn.put(request.getSessionId(), session.id());
        }
    }

    /** Ends the session and its representation at once; the caller records the audit row. */
    void close(CounterSession session, CounterSessionEnd reason) {
        var now = clock.instant();
        session.end(reason.name(), now);
        representations.findById(session.representation().value()).ifPresent(representation -> representation.end(now));
        startedIn.values().remove(session.id());
    }

    @EventListener
    @Transactional
    public void httpSessionEnded(SessionDestroyedEvent event) {
        UUID bound = startedIn.remove(event.getId());
        if (bound != null) {
            sessions.findById(bound).filter(CounterSession::open)
                    .ifPresent(session -> closeBySystem(session, CounterSessionEnd.SESSION_ENDED));
            return;
        }
        // Not started in a request we saw (no request context): fall back to whoever was signed in there.
        for (SecurityContext context : event.getSecurityContexts()) {
            endUnboundSessionOf(context.getAuthentication(), CounterSessionEnd.SESSION_ENDED);
        }
    }

    @EventListener
    @Transactional
    public void signedOut(LogoutSuccessEvent event) {
        var request = RequestContextHolder.getRequestAttributes();
        UUID bound = request == null ? null : startedIn.remove(request.getSessionId());
        if (bound != null) {
            sessions.findById(bound).filter(CounterSession::open)
                    .ifPresent(session -> closeBySystem(session, CounterSessionEnd.SIGNED_OUT));
        } else {
            endUnboundSessionOf(event.getAuthentication(), CounterSessionEnd.SIGNED_OUT);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endSessionsLeftOpen() {
        var open = sessions.findByEndedAtIsNull();
        open.forEach(session -> closeBySystem(session, CounterSessionEnd.PORTAL_RESTARTED));
        if (!open.isEmpty()) {
            log.info("Ended {} counter session(s) left open when the portal stopped", open.size());
        }
    }

    private void endUnboundSessionOf(Authentication authentication, CounterSessionEnd reason) {
        if (authentication == null) {
            return;
        }
        accounts.findByUsernameIgnoreCase(authentication.getName())
                .flatMap(employee -> sessions.findFirstByEmployeeIdAndEndedAtIsNull(employee.id().value()))
                .filter(session -> !startedIn.containsValue(session.id()))
                .ifPresent(session -> closeBySystem(session, reason));
    }

    private void closeBySystem(CounterSession session, CounterSessionEnd reason) {
        close(session, reason);
        audit.recordBySystem(AuditAction.ENDED, CounterSessions.OBJECT, session.id().toString(), session.resident(),
                reason.name());
    }
}
