package nl.wegwijs.applications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStatusEntryRepository extends JpaRepository<CaseStatusEntry, Long> {

    List<CaseStatusEntry> findByCaseIdOrderByOccurredAtAscIdAsc(UUID caseId);
}
