package nl.wegwijs.applications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, UUID> {

    List<CaseDocument> findByDraftIdOrderByUploadedAtAsc(UUID draftId);

    List<CaseDocument> findByCaseIdOrderByUploadedAtAsc(UUID caseId);

    long countByDraftId(UUID draftId);
}
