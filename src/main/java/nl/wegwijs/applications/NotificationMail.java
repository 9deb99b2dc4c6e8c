package nl.wegwijs.applications;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notification e-mails from the outbox. The mail says only that there is news and links to
 * the case in the portal: no name, no BSN, no case content, as e-mail is not a safe channel. A send
 * that fails stays in the outbox and is tried again by {@link #retry()}; without a mail server
 * ({@code spring.mail.host} unset) nothing is sent and nothing fails.
 */
@Component
@EnableScheduling
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    private static final Locale DUTCH = Locale.of("nl");

    private final CaseNotificationRepository notifications;
    private final WmoCaseRepository cases;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18NProvider translations;
    private final ApplicationsProperties properties;
    private final NotificationProperties notificationProperties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationMail(CaseNotificationRepository notifications, WmoCaseRepository cases,
            ObjectProvider<JavaMailSender> mailSender, I18NProvider translations, ApplicationsProperties properties,
            NotificationProperties notificationProperties, PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.mailSender = mailSender;
        this.translations = translations;
        this.properties = properties;
        this.notificationProperties = notificationProperties;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Tries to send one notification now; never throws, whatever the mail server does. */
    void send(UUID id) {
        try {
            transaction.executeWithoutResult(status -> attempt(id));
        } catch (RuntimeException e) {
            log.warn("Notification {} not sent now ({}); the retry job tries again", id, e.getClass().getSimpleName());
        }
    }

    /** Tries every unsent e-mail again that has not used up its attempts. */
    @Scheduled(fixedDelayString = "${wegwijs.applications.notification-retry:5m}",
            initialDelayString = "${wegwijs.applications.notification-retry:5m}")
    void retry() {
        if (mailSender.getIfAvailable() == null) {
            // No mail server configured: the rows wait; saying so once per row at filing time is enough.
            return;
        }
        notifications.unsentMail(notificationProperties.notificationMaxAttempts()).forEach(this::send);
    }

    private void attempt(UUID id) {
        var notification = notifications.lockById(id).orElse(null);
        if (notification == null || notification.sentAt() != null
                || notification.channel() != NotificationChannel.EMAIL) {
            return;
        }
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): notification {} stays in the outbox", id);
            return;
        }
        var wmoCase = cases.findById(notification.caseId()).orElseThrow();
        notification.attempted();
        try {
            sender.send(message(notification.recipient(), wmoCase.reference()));
            notification.sent(clock.instant());
        } catch (MailException e) {
            // The exception text may name the recipient: log its type only.
            log.warn("Notification {} not sent (attempt {} of {}): {}", id, notification.attempts(),
                    notificationProperties.notificationMaxAttempts(), e.getClass().getSimpleName());
        }
    }

    private SimpleMailMessage message(String recipient, CaseReference reference) {
        String address = properties.portalAddress().replaceAll("/+$", "") + "/mijn/aanvragen/" + reference.value();
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(recipient);
        message.setSubject(translations.getTranslation("notification.mail.subject", DUTCH));
        message.setText(translations.getTranslation("notification.mail.body", DUTCH, address));
        return message;
    }
}
