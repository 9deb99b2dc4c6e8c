package nl.wegwijs.accounts;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code actorName}, their role), for whom ({@code onBehalfOf},
 * when acting as a representative), whose data ({@code subject}), what, where and why.
 * BSNs print masked.
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        AccountId actor,
        String actorName,
        Role actorRole,
        Bsn subject,
        Bsn onBehalfOf,
        AuditChannel channel,
        AuditAction action,
        String objectType,
        String objectId,
        String reason) {
}
