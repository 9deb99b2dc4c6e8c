package nl.wegwijs.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update and no delete methods. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectBsnOrderByOccurredAtDesc(String subjectBsn, Pageable page);

    /** What one person did with one resident's data since a moment: the "what was done" of a counter hand-over. */
    List<AuditEvent> findByActorIdAndSubjectBsnAndOccurredAtGreaterThanEqualOrderByIdAsc(UUID actorId,
            String subjectBsn, Instant from);
}
