package nl.wegwijs.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets accounts stored in the database sign in with their user name and password. */
@Service
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;

    AccountSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // Accounts that sign in through OpenID Connect have no password and cannot use the form.
        var account = accounts.findByUsernameIgnoreCase(username.strip())
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
