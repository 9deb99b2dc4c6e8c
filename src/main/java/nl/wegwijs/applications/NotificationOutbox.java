package nl.wegwijs.applications;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a notification for each status change and each message from the municipality, in the
 * transaction that made the change (so none is lost and none is sent for a change that rolled
 * back), and has e-mails sent once that transaction committed.
 */
@Component
class NotificationOutbox {

    private final WmoCaseRepository cases;
    private final CaseNotificationRepository notifications;
    private final NotificationMail mail;
    private final Clock clock;

    NotificationOutbox(WmoCaseRepository cases, CaseNotificationRepository notifications, NotificationMail mail,
            Clock clock) {
        this.cases = cases;
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void statusChanged(CaseStatusChanged event) {
        write(event.reference(), event.status().name());
    }

    @EventListener
    void messagePosted(CaseMessagePosted event) {
        if (event.fromMunicipality()) {
            write(event.reference(), CaseNotification.MESSAGE);
        }
    }

    private void write(CaseReference reference, String kind) {
        var wmoCase = cases.findByReference(reference.value()).orElse(null);
        if (wmoCase == null) {
            return;
        }
        boolean byMail = wmoCase.notifyBy() == NotificationChannel.EMAIL && wmoCase.contactEmail() != null;
        var notification = notifications.save(new CaseNotification(wmoCase.id(),
                byMail ? NotificationChannel.EMAIL : NotificationChannel.POST, kind,
                byMail ? wmoCase.contactEmail() : null, clock.instant()));
        if (!byMail) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.send(notification.id());
                }
            });
        } else {
            mail.send(notification.id());
        }
    }
}
