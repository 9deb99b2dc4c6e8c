package nl.wegwijs.applications;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WmoCaseRepository extends JpaRepository<WmoCase, UUID> {

    Optional<WmoCase> findByReference(String reference);

    Optional<WmoCase> findByDraftId(UUID draftId);

    List<WmoCase> findBySubjectBsnOrderByMeldingAtDesc(String subjectBsn);

    List<WmoCase> findByTeamAndStatusIn(String team, Collection<CaseStatus> statuses);

    @Query(value = "select nextval('wmo_case_number')", nativeQuery = true)
    long nextNumber();
}
