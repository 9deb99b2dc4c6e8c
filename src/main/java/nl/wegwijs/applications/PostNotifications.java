package nl.wegwijs.applications;

import java.time.Clock;
import java.util.List;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notifications for residents who chose post: the front desk prints them and marks them sent. */
@Service
public class PostNotifications {

    static final String OBJECT = "wmo-letter";

    private final CaseNotificationRepository notifications;
    private final WmoCaseRepository cases;
    private final AuditLog audit;
    private final Clock clock;

    PostNotifications(CaseNotificationRepository notifications, WmoCaseRepository cases, AuditLog audit, Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letters still to send, oldest first. Shows names and addresses, so each is audited. */
    @PreAuthorize("hasRole('FRONT_DESK')")
    @Transactional(readOnly = true)
    public List<PostNotification> pending() {
        return notifications.findByChannelAndSentAtIsNullOrderByCreatedAtAsc(NotificationChannel.POST).stream()
                .map(notification -> {
                    var wmoCase = cases.findById(notification.caseId()).orElseThrow();
                    audit.record(AuditAction.VIEWED, OBJECT, wmoCase.reference().value(), wmoCase.subject());
                    var answers = wmoCase.answers();
                    return new PostNotification(new NotificationId(notification.id()), wmoCase.reference(),
                            wmoCase.subjectName(), answers.postcode(), answers.houseNumber(), notification.kind(),
                            notification.createdAt());
                }).toList();
    }

    /** The letter went out; marking it again changes nothing. */
    @PreAuthorize("hasRole('FRONT_DESK')")
    @Transactional
    public void markSent(NotificationId id) {
        var notification = id == null ? null : notifications.findById(id.value()).orElse(null);
        if (notification == null || notification.channel() != NotificationChannel.POST) {
            throw new CaseNotFound();
        }
        if (notification.sentAt() == null) {
            notification.sent(clock.instant());
            cases.findById(notification.caseId()).ifPresent(wmoCase ->
                    audit.record(AuditAction.CHANGED, OBJECT, wmoCase.reference().value(), wmoCase.subject()));
        }
    }
}
