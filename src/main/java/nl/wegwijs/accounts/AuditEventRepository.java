package nl.wegwijs.accounts;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update and no delete methods. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectBsnOrderByOccurredAtDesc(String subjectBsn, Pageable page);
}
