package nl.wegwijs.applications;

import java.time.LocalDate;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.Representations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmation of a submitted melding and its PDF receipt. Only the melding's author, or
 * someone who may act for its subject in applications, gets them; anyone else gets
 * {@link CaseNotFound}, whether the reference exists or not.
 */
@Service
public class MeldingConfirmations {

    private final WmoCaseRepository cases;
    private final CurrentPerson currentPerson;
    private final Representations representations;
    private final MeldingReceipt receipt;
    private final AuditLog audit;

    MeldingConfirmations(WmoCaseRepository cases, CurrentPerson currentPerson, Representations representations,
            MeldingReceipt receipt, AuditLog audit) {
        this.cases = cases;
        this.currentPerson = currentPerson;
        this.representations = representations;
        this.receipt = receipt;
        this.audit = audit;
    }

    /** The confirmation of the melding with {@code reference}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MeldingConfirmation of(CaseReference reference) {
        return confirmation(readable(reference));
    }

    /** The receipt as an accessible (tagged) PDF in Dutch. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] receiptPdf(CaseReference reference) {
        var wmoCase = readable(reference);
        audit.record(AuditAction.VIEWED, MeldingDrafts.OBJECT + "-receipt", reference.value(), wmoCase.subject());
        return receipt.render(confirmation(wmoCase));
    }

    private WmoCase readable(CaseReference reference) {
        var me = currentPerson.require();
        var found = reference == null ? null : cases.findByReference(reference.value()).orElse(null);
        if (found == null || !(found.author().equals(me.id())
                || representations.mayActFor(found.subject(), Matter.APPLICATIONS))) {
            throw new CaseNotFound();
        }
        return found;
    }

    private static MeldingConfirmation confirmation(WmoCase wmoCase) {
        return new MeldingConfirmation(wmoCase.reference(), wmoCase.subjectName(), wmoCase.filedBy(),
                LocalDate.ofInstant(wmoCase.meldingAt(), WmoCase.ZONE), wmoCase.investigationDue(), wmoCase.planDue(),
                wmoCase.notifyBy());
    }
}
