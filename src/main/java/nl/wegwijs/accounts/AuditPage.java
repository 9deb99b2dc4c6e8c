package nl.wegwijs.accounts;

import java.util.List;

/** One page of audit log rows, newest first, and whether an older page follows. */
public record AuditPage(List<AuditRecord> rows, int page, boolean hasNext) {
}
