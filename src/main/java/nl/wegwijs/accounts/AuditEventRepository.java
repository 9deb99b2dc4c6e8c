package nl.wegwijs.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update and no delete methods (and no Specification executor, which can delete). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectBsnOrderByOccurredAtDesc(String subjectBsn, Pageable page);

    /** The first three filters may be null; the period is always given. {@code actorPattern} is a lower-case LIKE pattern with {@code \} as escape. */
    @Query("""
            select e from AuditEvent e
            where (:subjectBsn is null or e.subjectBsn = :subjectBsn)
              and (:actorPattern is null or lower(e.actorName) like :actorPattern escape '\\')
              and (:action is null or e.action = :action)
              and e.occurredAt >= :from and e.occurredAt < :until
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEvent> search(String subjectBsn, String actorPattern, AuditAction action, Instant from, Instant until,
            Pageable page);

    /** What one person did with one resident's data since a moment: the "what was done" of a counter hand-over. */
    List<AuditEvent> findByActorIdAndSubjectBsnAndOccurredAtGreaterThanEqualOrderByIdAsc(UUID actorId,
            String subjectBsn, Instant from);
}
