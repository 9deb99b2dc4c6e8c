package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every view and change of personal data and case files: who, on whose
 * behalf, what, when, where, and why for break-glass access. Other modules call {@link #record}
 * for their own data; the actor and channel come from the signed-in person.
 */
@Service
public class AuditLog {

    /** The municipality's time zone: search dates are its days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    // PostgreSQL cannot type a null timestamp parameter in "? is null": open ends become far bounds.
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditEventRepository events;
    private final CurrentPerson currentPerson;
    private final RepresentationRepository representations;
    private final CounterSessionRepository counterSessions;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentPerson currentPerson, RepresentationRepository representations,
            CounterSessionRepository counterSessions, Clock clock) {
        this.events = events;
        this.currentPerson = currentPerson;
        this.representations = representations;
        this.counterSessions = counterSessions;
        this.clock = clock;
    }

    /**
     * Records that the signed-in person did {@code action} on {@code objectType}/{@code objectId},
     * which holds personal data of {@code subject} (may be null for staff data). Written in its
     * own transaction so that a refusal (DENIED) is kept even when the caller's work rolls back.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String objectType, String objectId, Bsn subject) {
        record(action, objectType, objectId, subject, null);
    }

    /** As {@link #record(AuditAction, String, String, Bsn)}, with a reason (required for {@link AuditAction#BREAK_GLASS}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String objectType, String objectId, Bsn subject, String reason) {
        if (action == AuditAction.BREAK_GLASS && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Break-glass access needs a reason");
        }
        var actor = currentPerson.account().orElse(null);
        write(actor, subject, action, objectType, objectId, reason);
    }

    /** The newest entries about the signed-in resident's own data: who looked at or changed what (AVG transparency). */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<AuditRecord> aboutMe(int limit) {
        var me = currentPerson.require();
        return me.bsn().map(bsn -> events.findBySubjectBsnOrderByOccurredAtDesc(bsn.value(),
                        PageRequest.of(0, Math.clamp(limit, 1, 500))).stream().map(AuditEvent::record).toList())
                .orElse(List.of());
    }

    /**
     * Administrators search the log, newest first, {@link AuditQuery#PAGE_SIZE} rows a page. Looking
     * someone up by BSN is itself personal-data access, so it is recorded (VIEWED, "audit-log").
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AuditPage search(AuditQuery query) {
        if (query.subject() != null && query.page() == 0) {
            write(currentPerson.account().orElse(null), query.subject(), AuditAction.VIEWED, "audit-log", null, null);
        }
        String actor = query.actorName() == null || query.actorName().isBlank() ? null
                : "%" + query.actorName().strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
        var rows = events.search(query.subject() == null ? null : query.subject().value(), actor, query.action(),
                query.from() == null ? Instant.EPOCH : query.from().atStartOfDay(ZONE).toInstant(),
                query.to() == null ? FAR_FUTURE : query.to().plusDays(1).atStartOfDay(ZONE).toInstant(),
                PageRequest.of(Math.max(0, query.page()), AuditQuery.PAGE_SIZE));
        return new AuditPage(rows.map(AuditEvent::record).toList(), rows.getNumber(), rows.hasNext());
    }

    /** Written by the portal itself (no signed-in person): a counter session closed when the employee's session ended. */
    void recordBySystem(AuditAction action, String objectType, String objectId, Bsn subject, String reason) {
        events.save(new AuditEvent(clock.instant(), null, "Wegwijs", null, subject, null, AuditChannel.SYSTEM, action,
                objectType, objectId, reason));
    }

    private void write(Account actor, Bsn subject, AuditAction action, String objectType, String objectId,
            String reason) {
        var now = clock.instant();
        Bsn onBehalfOf = null;
        AuditChannel channel = AuditChannel.ONLINE;
        if (actor != null && subject != null && !actor.bsn().map(subject::equals).orElse(false)) {
            boolean represents = representations.findByActorAccountIdAndRepresenteeBsn(actor.id().value(), subject.value())
                    .stream().anyMatch(representation -> representation.validAt(now));
            if (represents) {
                onBehalfOf = subject;
            }
            boolean atCounter = counterSessions.findFirstByEmployeeIdAndEndedAtIsNull(actor.id().value())
                    .filter(session -> session.resident().equals(subject)).isPresent();
            if (atCounter) {
                channel = AuditChannel.COUNTER;
            }
        }
        Role role = actor == null ? null : actor.roles().stream().sorted().findFirst().orElse(null);
        events.save(new AuditEvent(now, actor == null ? null : actor.id(),
                actor == null ? "onbekend" : actor.displayName(), role, subject, onBehalfOf, channel, action,
                objectType, objectId, reason));
    }
}
