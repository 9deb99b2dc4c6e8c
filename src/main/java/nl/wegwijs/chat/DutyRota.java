package nl.wegwijs.chat;

import java.time.Instant;

/** Whether a responder who says they are available is on duty at a moment (the rota's shifts). */
@FunctionalInterface
public interface DutyRota {

    boolean isOnDuty(String username, Instant at);
}
