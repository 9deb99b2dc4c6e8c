package nl.wegwijs.accounts;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a demo account (by user name, with its roles) in the security context, as signing in does. */
final class SignedIn {

    private SignedIn() {
    }

    static void as(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }
}
