package nl.wegwijs.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a responder who says they are available is on duty at a moment (the rota's shifts). */
@FunctionalInterface
public interface DutyRota {

    boolean isOnDuty(String username, Instant at);

    /** Of these responders, those on duty at the moment: asked once per routing pass, not once per responder. */
    default Set<String> onDutyAmong(Collection<String> usernames, Instant at) {
        return usernames.stream().filter(username -> isOnDuty(username, at)).collect(Collectors.toSet());
    }
}
