package nl.wegwijs.applications;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseNotificationRepository extends JpaRepository<CaseNotification, UUID> {

    /** Locks the row: the send after commit and the retry job never both send one notification. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from CaseNotification n where n.id = :id")
    Optional<CaseNotification> lockById(UUID id);

    @Query("select n.id from CaseNotification n where n.channel = nl.wegwijs.applications.NotificationChannel.EMAIL"
            + " and n.sentAt is null and n.attempts < :maxAttempts order by n.createdAt")
    List<UUID> unsentMail(int maxAttempts);

    List<CaseNotification> findByChannelAndSentAtIsNullOrderByCreatedAtAsc(NotificationChannel channel);

    List<CaseNotification> findByCaseIdOrderByCreatedAtAsc(UUID caseId);
}
