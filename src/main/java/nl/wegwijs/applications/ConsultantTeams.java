package nl.wegwijs.applications;

import java.util.List;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.StaffAccounts;
import org.springframework.stereotype.Component;

/** Which team a consultant works in (the default team without a row), and who else works there. */
@Component
class ConsultantTeams {

    private final ConsultantTeamRepository teams;
    private final StaffAccounts staff;
    private final ApplicationsProperties properties;

    ConsultantTeams(ConsultantTeamRepository teams, StaffAccounts staff, ApplicationsProperties properties) {
        this.teams = teams;
        this.staff = staff;
        this.properties = properties;
    }

    String teamOf(AccountId consultant) {
        return teams.findById(consultant.value()).map(ConsultantTeam::team).orElse(properties.defaultTeam());
    }

    /** The enabled consultants of {@code team}, by user name. */
    List<Colleague> members(String team) {
        return staff.consultants().stream()
                .filter(account -> teamOf(account.id()).equals(team))
                .map(account -> new Colleague(account.id(), account.displayName()))
                .toList();
    }
}
