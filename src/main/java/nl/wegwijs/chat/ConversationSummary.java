package nl.wegwijs.chat;

import java.time.Instant;

/**
 * What remains of a conversation after its transcript is purged: nothing about the visitor.
 *
 * @param startedAt when the visitor started
 * @param hourOfDay hour of the start in the portal's time zone (0–23)
 * @param waitSeconds seconds until the first responder was assigned; {@code null} if nobody answered
 * @param durationSeconds seconds from start to end
 * @param tier tier of the last responder ({@code VOLUNTEER} or {@code CRISIS}); {@code null} if unanswered
 * @param outcome the responder's outcome ({@code listened}, {@code referred}, {@code crisis},
 *     {@code no-contact}, {@code abuse}, {@code other}) or else why it ended ({@code visitor-ended},
 *     {@code inactive}, {@code nobody-on-duty}, {@code queue-full}, {@code blocked})
 * @param urgent whether the visitor started it as urgent
 * @param escalated whether it went to the crisis tier (risk or transfer)
 */
public record ConversationSummary(Instant startedAt, int hourOfDay, Long waitSeconds, long durationSeconds,
        String tier, String outcome, boolean urgent, boolean escalated) {
}
