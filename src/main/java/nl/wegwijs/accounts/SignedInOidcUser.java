package nl.wegwijs.accounts;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone signed in through OpenID Connect, named by their Wegwijs user name (what
 * {@link CurrentPerson} looks up), with the roles of their Wegwijs account.
 */
final class SignedInOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final MandateClaim mandate;

    SignedInOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            String username, MandateClaim mandate) {
        super(authorities, idToken, userInfo);
        this.username = username;
        this.mandate = mandate;
    }

    @Override
    public String getName() {
        return username;
    }

    /** The DigiD-machtiging the broker sent with this sign-in, if any. */
    Optional<MandateClaim> mandate() {
        return Optional.ofNullable(mandate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
