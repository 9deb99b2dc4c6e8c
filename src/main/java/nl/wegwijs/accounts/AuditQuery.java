package nl.wegwijs.accounts;

import java.time.LocalDate;

/**
 * What an administrator looks for in the audit log; every filter is optional (null). Dates are
 * whole days in the municipality's time zone, {@code to} included. {@code page} counts from 0.
 */
public record AuditQuery(Bsn subject, String actorName, AuditAction action, LocalDate from, LocalDate to, int page) {

    /** Rows per page. */
    public static final int PAGE_SIZE = 50;

    /** Everything, newest first. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, 0);
    }

    public AuditQuery withPage(int newPage) {
        return new AuditQuery(subject, actorName, action, from, to, Math.max(0, newPage));
    }
}
