package nl.wegwijs.applications;

import java.util.Arrays;
import java.util.Map;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Files a complete melding the way the wizard does (as the demo resident, through {@link MeldingDrafts}), for tests of what follows. */
public final class FiledMelding {

    public static final Bsn RESIDENT = new Bsn("999990019");
    public static final String CARER_NAME = "Demo carer";

    private FiledMelding() {
    }

    /** A melding by the demo resident for themselves, with a carer; returns its case reference. */
    public static CaseReference byResident(MeldingDrafts drafts) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn("resident", Role.RESIDENT);
        try {
            var draft = drafts.startOrResume(RESIDENT);
            var answers = new MeldingAnswers(Map.of(LifeDomain.HOUSEHOLD, "Ik kan niet meer stofzuigen en koken."),
                    "Ik doe de kleine boodschappen zelf.", "Mijn dochter helpt op zaterdag.", true, CARER_NAME,
                    "Zij werkt en zorgt ook voor haar kinderen.", "1234 AB", "1", "0612345678", null,
                    ContactMethod.PHONE, "Ochtend", NotificationChannel.POST, Urgency.NORMAL, null, null);
            var saved = drafts.save(draft.id(), answers, MeldingStep.CHECK, draft.version());
            return drafts.submit(saved.id());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Puts a demo account (by user name, with its roles) in the security context, as signing in does. */
    public static void signIn(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }
}
