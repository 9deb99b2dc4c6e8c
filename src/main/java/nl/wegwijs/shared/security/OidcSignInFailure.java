package nl.wegwijs.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a refused OpenID Connect sign-in, back to the login page with the reason as a code the
 * page explains ({@link SignInRefusal}); the provider's own error text is never shown.
 */
final class OidcSignInFailure implements AuthenticationFailureHandler {

    private final String loginPath;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    OidcSignInFailure(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInRefusal refusal = exception instanceof OAuth2AuthenticationException oauth2
                ? SignInRefusal.of(oauth2.getError().getErrorCode()).orElse(SignInRefusal.OTHER)
                : SignInRefusal.OTHER;
        redirect.sendRedirect(request, response, loginPath + "?error=" + refusal.code());
    }
}
