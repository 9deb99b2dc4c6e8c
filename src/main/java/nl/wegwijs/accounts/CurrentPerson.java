package nl.wegwijs.accounts;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account behind the current request. Every way of signing in names the account by its user
 * name (OpenID Connect accounts get a generated one), so one lookup serves all.
 */
@Service
public class CurrentPerson {

    private final AccountRepository accounts;

    CurrentPerson(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in person, or empty for a visitor who did not sign in (or whose account is gone or disabled). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SignedInPerson> get() {
        return account().map(Account::signedIn);
    }

    /** The signed-in person; {@link AccessDeniedException} when nobody is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SignedInPerson require() {
        return get().orElseThrow(() -> new AccessDeniedException("No account"));
    }

    Optional<Account> account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(authentication.getName()).filter(Account::enabled);
    }
}
