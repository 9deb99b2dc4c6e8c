package nl.wegwijs.chat.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a desk call as a signed-in responder outside their request (a console closed by a session
 * that ended), since the desk checks roles and names the responder from the security context.
 */
final class ResponderContext {

    private ResponderContext() {
    }

    static void run(Authentication user, Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
