package nl.wegwijs.accounts;

import java.util.Comparator;
import java.util.List;
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
                .map(account -> new AccountSummary(account.id(), account.username(), account.displayName(),
                        account.roles(), account.enabled()))
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }
}
