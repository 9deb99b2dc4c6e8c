package nl.wegwijs.accounts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentationRepository extends JpaRepository<Representation, UUID> {

    List<Representation> findByRepresenteeBsnOrderByRequestedAtDesc(String representeeBsn);

    List<Representation> findByActorAccountIdOrderByRequestedAtDesc(UUID actorAccountId);

    List<Representation> findByActorAccountIdAndRepresenteeBsn(UUID actorAccountId, String representeeBsn);

    List<Representation> findByStatusOrderByRequestedAtAsc(RepresentationStatus status);
}
