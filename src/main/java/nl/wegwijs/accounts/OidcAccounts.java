package nl.wegwijs.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.shared.security.SignInRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Wegwijs account behind an OpenID Connect sign-in: residents are found by the provider's
 * subject, else by BSN (an account that already carries it), else created; staff must already
 * have an enabled account, and keep the roles it has here.
 */
@Service
class OidcAccounts {

    static final String USERNAME_PREFIX = "digid-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final Clock clock;

    OidcAccounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The resident's account, created on their first sign-in; refused when it is disabled or holds another BSN. */
    @Transactional
    Account resident(String issuer, String subject, Bsn bsn, Optional<String> name) {
        var known = accounts.findByOidcIssuerAndOidcSubject(issuer, subject)
                .or(() -> accounts.findByBsn(bsn.value()));
        if (known.isPresent()) {
            var account = known.get();
            if (!account.enabled() || !account.roles().contains(Role.RESIDENT)
                    || !account.bsn().map(bsn::equals).orElse(false)) {
                throw OidcSignIn.refused(SignInRefusal.OTHER);
            }
            return account;
        }
        String username = USERNAME_PREFIX + HexFormat.of().formatHex(randomBytes());
        String displayName = name.filter(text -> text.length() <= 200).orElse(username);
        return accounts.save(Account.external(username, displayName, Set.of(Role.RESIDENT), issuer, subject, bsn,
                clock.instant()));
    }

    /** The enabled staff account with this user name (case-insensitive); a resident account never counts as staff. */
    @Transactional(readOnly = true)
    Optional<Account> staff(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .filter(Account::enabled)
                .filter(account -> account.roles().stream().anyMatch(role -> role != Role.RESIDENT));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
