package nl.wegwijs.applications;

import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case file for export to a ZGW case system; every export is a view of personal data and is audited. */
@Service
public class ZgwExport {

    static final String OBJECT = "wmo-case-export";

    private final WmoCaseRepository cases;
    private final CaseFiles files;
    private final AuditLog audit;

    ZgwExport(WmoCaseRepository cases, CaseFiles files, AuditLog audit) {
        this.cases = cases;
        this.files = files;
        this.audit = audit;
    }

    /** The case file of {@code reference}; {@link CaseNotFound} for an unknown one. */
    @PreAuthorize("hasAnyRole('CONSULTANT', 'ADMIN')")
    @Transactional(readOnly = true)
    public CaseDetail caseFile(CaseReference reference) {
        var wmoCase = reference == null ? null : cases.findByReference(reference.value()).orElse(null);
        if (wmoCase == null) {
            throw new CaseNotFound();
        }
        audit.record(AuditAction.VIEWED, OBJECT, reference.value(), wmoCase.subject());
        return files.detail(wmoCase);
    }
}
