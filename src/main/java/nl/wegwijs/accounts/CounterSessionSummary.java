package nl.wegwijs.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A counter session as the employee sees it. {@code resident} prints masked; {@code endedAt} is
 * null while the session is open.
 */
public record CounterSessionSummary(
        CounterSessionId id,
        Bsn resident,
        String residentName,
        AccountId employee,
        String employeeName,
        IdentityDocument document,
        Set<Matter> scope,
        Instant startedAt,
        Instant endedAt) {

    public boolean open() {
        return endedAt == null;
    }
}
