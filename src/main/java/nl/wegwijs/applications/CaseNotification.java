package nl.wegwijs.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification in the outbox: written in the transaction of the change it is about, sent (or
 * printed, for post) afterwards. {@code kind} is the new status, or MESSAGE for a new message.
 */
@Entity
@Table(name = "wmo_notification")
class CaseNotification {

    static final String MESSAGE = "MESSAGE";

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationChannel channel;

    @Column(nullable = false)
    private String kind;

    private String recipient;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    protected CaseNotification() {
    }

    CaseNotification(UUID caseId, NotificationChannel channel, String kind, String recipient, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.channel = channel;
        this.kind = kind;
        this.recipient = recipient;
        this.createdAt = now;
    }

    void attempted() {
        attempts++;
    }

    void sent(Instant now) {
        sentAt = now;
    }

    UUID id() { return id; }
    UUID caseId() { return caseId; }
    NotificationChannel channel() { return channel; }
    String kind() { return kind; }
    String recipient() { return recipient; }
    Instant createdAt() { return createdAt; }
    Instant sentAt() { return sentAt; }
    int attempts() { return attempts; }
}
