package nl.wegwijs.chat;

/** Tells whether a responder has a shift on the rota at a moment. */
public interface DutyRota {

    boolean isOnDuty(String username, java.time.Instant at);
}
