package nl.wegwijs.applications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeldingDraftRepository extends JpaRepository<MeldingDraft, UUID> {

    List<MeldingDraft> findByAuthorIdAndSubmittedCaseIsNullOrderByUpdatedAtDesc(UUID authorId);
}
