package nl.wegwijs.chat;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A staff member who answers chats: user name, tier (CRISIS for role CRISIS_WORKER) and whether
 * they coordinate (and so may see the queue).
 */
public record Responder(String username, Tier tier, boolean coordinator) {

    static final String VOLUNTEER = "ROLE_VOLUNTEER";
    static final String CRISIS_WORKER = "ROLE_CRISIS_WORKER";
    static final String COORDINATOR = "ROLE_COORDINATOR";

    /** The responder behind a principal, if it is an authenticated staff account. */
    public static Optional<Responder> of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        boolean crisis = roles.contains(CRISIS_WORKER);
        boolean coordinator = roles.contains(COORDINATOR);
        if (!crisis && !coordinator && !roles.contains(VOLUNTEER)) {
            return Optional.empty();
        }
        return Optional.of(new Responder(authentication.getName(), crisis ? Tier.CRISIS : Tier.VOLUNTEER, coordinator));
    }

    static Responder current() {
        return of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new ChatException(ChatException.FORBIDDEN, "Responder actions need a staff account."));
    }
}
