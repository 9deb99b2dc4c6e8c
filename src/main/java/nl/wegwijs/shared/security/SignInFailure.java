package nl.wegwijs.shared.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed sign-in, back to the login page with {@code ?error}, remembering the user name
 * that was typed (in the visitor's own session) so they do not have to type it again.
 */
public final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute with the user name of the last failed attempt. */
    public static final String ATTEMPTED_USERNAME = SignInFailure.class.getName() + ".username";

    private static final int MAX_LENGTH = 100;

    SignInFailure(String loginPath) {
        super(loginPath + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession().setAttribute(ATTEMPTED_USERNAME,
                    username.length() > MAX_LENGTH ? username.substring(0, MAX_LENGTH) : username);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
