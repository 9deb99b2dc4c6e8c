package nl.wegwijs.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The team a consultant works in; they see the cases routed to it. */
@Entity
@Table(name = "consultant_team")
class ConsultantTeam {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false)
    private String team;

    protected ConsultantTeam() {
    }

    ConsultantTeam(UUID accountId, String team) {
        this.accountId = accountId;
        this.team = team;
    }

    String team() {
        return team;
    }
}
