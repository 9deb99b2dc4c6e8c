package nl.wegwijs.applications;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings, bound from {@code wegwijs.applications.*} next to {@link ApplicationsProperties}.
 *
 * @param notificationRetry how often unsent e-mails are tried again
 * @param notificationMaxAttempts after this many failed attempts an e-mail is given up (it stays in the outbox)
 */
@Validated
@ConfigurationProperties("wegwijs.applications")
public record NotificationProperties(
        @DefaultValue("5m") Duration notificationRetry,
        @Positive @DefaultValue("10") int notificationMaxAttempts) {
}
