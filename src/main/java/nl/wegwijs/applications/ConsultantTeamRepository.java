package nl.wegwijs.applications;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultantTeamRepository extends JpaRepository<ConsultantTeam, UUID> {
}
