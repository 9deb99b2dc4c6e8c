package nl.wegwijs.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The chat's timings and limits, bound from {@code wegwijs.chat.*}.
 *
 * @param retention how long a transcript is kept after its conversation ended
 * @param purgeInterval how often ended transcripts are looked for
 * @param inactivityWarning silence after which the visitor is warned
 * @param inactivityClose further silence after the warning before the chat ends as {@code inactive}
 * @param tierFallback how long a chat waits for its own tier before any free responder may take it
 * @param maxQueue conversations that may wait at once; more get {@code unavailable}/{@code queue-full}
 * @param startsPerWindow chat starts allowed per connection per {@code startWindow}
 * @param startWindow window of the start limit
 * @param messagesPerMinute messages (and typing signals) per connection per minute
 * @param typingInterval at most one typing signal per conversation and side is passed on per interval
 * @param tick how often timers (inactivity, fallback) are checked
 * @param defaultChatMinutes assumed chat length for the wait estimate before any chat has ended
 */
@Validated
@ConfigurationProperties("wegwijs.chat")
public record ChatProperties(
        @NotNull @DefaultValue("24h") Duration retention,
        @NotNull @DefaultValue("10m") Duration purgeInterval,
        @NotNull @DefaultValue("10m") Duration inactivityWarning,
        @NotNull @DefaultValue("2m") Duration inactivityClose,
        @NotNull @DefaultValue("60s") Duration tierFallback,
        @Min(1) @DefaultValue("50") int maxQueue,
        @Min(1) @DefaultValue("3") int startsPerWindow,
        @NotNull @DefaultValue("10m") Duration startWindow,
        @Min(1) @DefaultValue("30") int messagesPerMinute,
        @NotNull @DefaultValue("2s") Duration typingInterval,
        @NotNull @DefaultValue("1s") Duration tick,
        @Min(1) @Max(240) @DefaultValue("15") int defaultChatMinutes) {
}
