package nl.wegwijs.applications;

import java.time.Instant;

/** The intake conversation (keukentafelgesprek): when, where and who attends. */
public record ConversationPlan(Instant at, String place, String attendees, boolean carerInvited) {
}
