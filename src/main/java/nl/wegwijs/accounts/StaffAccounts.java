package nl.wegwijs.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts that sign in with a password, for administrators. */
@Service
public class StaffAccounts {

    private final AccountRepository accounts;

    StaffAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Every account, by user name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return accounts.findAll().stream()
                .map(StaffAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** Enabled accounts with at least one of the roles, by user name: for example who may take chat shifts. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> enabledWithAnyRole(Set<Role> roles) {
        return accounts.findAll().stream()
                .filter(account -> account.enabled() && account.roles().stream().anyMatch(roles::contains))
                .map(StaffAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.username(), account.displayName(), account.roles(),
                account.enabled());
    }
}
