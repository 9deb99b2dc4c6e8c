package nl.wegwijs.applications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.accounts.CurrentPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Mijn aanvragen": the signed-in resident's cases and those of the people they may act for in
 * applications. A case anyone else asks for does not exist for them ({@link CaseNotFound}); a
 * look at someone else's case is written to the audit log.
 */
@Service
public class MyCases {

    static final String OBJECT = "wmo-case";
    static final int MAX_TEXT = 4000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");

    private record Access(WmoCase wmoCase, boolean own) {
    }

    private final WmoCaseRepository cases;
    private final CaseMessageRepository messages;
    private final CaseDocumentRepository documents;
    private final CaseFiles files;
    private final CurrentPerson currentPerson;
    private final Representations representations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MyCases(WmoCaseRepository cases, CaseMessageRepository messages, CaseDocumentRepository documents,
            CaseFiles files, CurrentPerson currentPerson, Representations representations, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.documents = documents;
        this.files = files;
        this.currentPerson = currentPerson;
        this.representations = representations;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The resident's own cases and those of everyone they may act for now, newest first. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<CaseSummary> list() {
        var me = currentPerson.require();
        var found = new ArrayList<WmoCase>();
        me.bsn().ifPresent(bsn -> found.addAll(cases.findBySubjectBsnOrderByMeldingAtDesc(bsn.value())));
        var now = clock.instant();
        representations.actingFor().stream()
                .filter(representation -> representation.validAt(now)
                        && representation.scope().contains(Matter.APPLICATIONS))
                .map(representation -> representation.representee()).distinct()
                .filter(representee -> me.bsn().map(own -> !own.equals(representee)).orElse(true))
                .forEach(representee -> {
                    var theirs = cases.findBySubjectBsnOrderByMeldingAtDesc(representee.value());
                    if (!theirs.isEmpty()) {
                        audit.record(AuditAction.VIEWED, OBJECT, "list", representee);
                        found.addAll(theirs);
                    }
                });
        return found.stream().sorted(Comparator.comparing(WmoCase::meldingAt).reversed()).map(files::summary)
                .toList();
    }

    /** The whole case file: timeline, statutory dates, report, messages and documents. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public MyCase detail(CaseReference reference) {
        var access = access(reference);
        if (!access.own()) {
            audit.record(AuditAction.VIEWED, OBJECT, reference.value(), access.wmoCase().subject());
        }
        return view(access);
    }

    /** Sends a message to the municipality about the case; {@link MessageRejected} when it is empty or too long. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public MyCase postMessage(CaseReference reference, String text) {
        var access = access(reference);
        if (!representations.mayActFor(access.wmoCase().subject(), Matter.MESSAGES)) {
            throw new CaseNotFound();
        }
        if (text == null || text.isBlank()) {
            throw new MessageRejected("empty");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new MessageRejected("too-long");
        }
        var me = currentPerson.require();
        messages.save(new CaseMessage(access.wmoCase().id(), me.id().value(), me.displayName(), false, text.strip(),
                clock.instant()));
        messages.flush();
        audit.record(AuditAction.CREATED, OBJECT + "-message", reference.value(), access.wmoCase().subject());
        events.publishEvent(new CaseMessagePosted(reference, false));
        return view(access);
    }

    /**
     * The resident confirms the report or adds to it. {@link CaseConflict} when the case changed
     * since {@code expectedVersion} (the consultant rewrote the report); {@link CaseStepRejected}
     * when there is no report to respond to or the comment is empty or too long.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    public MyCase respondToReport(CaseReference reference, ReportResponse response, String comment,
            long expectedVersion) {
        if (response == null) {
            throw new CaseStepRejected("response-missing");
        }
        if (comment != null && comment.strip().length() > MAX_TEXT) {
            throw new CaseStepRejected("comment-too-long");
        }
        try {
            return transaction.execute(status -> {
                var access = access(reference);
                access.wmoCase().requireVersion(expectedVersion);
                access.wmoCase().respondToReport(response, comment);
                cases.flush();
                audit.record(AuditAction.CHANGED, OBJECT + "-report", reference.value(), access.wmoCase().subject());
                return view(access);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflict();
        }
    }

    /** A document of the case (an upload, the report, the decision letter) to download. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public DocumentFile document(CaseReference reference, DocumentId document) {
        var access = access(reference);
        var found = document == null ? null : documents.findById(document.value())
                .filter(candidate -> access.wmoCase().id().equals(candidate.caseId())).orElse(null);
        if (found == null) {
            throw new CaseNotFound();
        }
        if (!access.own()) {
            audit.record(AuditAction.VIEWED, OBJECT + "-document", reference.value(), access.wmoCase().subject());
        }
        var summary = found.summary();
        return new DocumentFile(summary.fileName(), summary.contentType(), found.content());
    }

    /**
     * How the resident hears about news on this case: an e-mail (to {@code email}) or a letter.
     * Someone acting for the resident needs a representation that covers personal details.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    public MyCase setNotifyBy(CaseReference reference, NotificationChannel channel, String email,
            long expectedVersion) {
        if (channel == null) {
            throw new CaseStepRejected("channel-missing");
        }
        if (channel == NotificationChannel.EMAIL && email != null && !email.isBlank()
                && (email.strip().length() > 300 || !EMAIL.matcher(email.strip()).matches())) {
            throw new CaseStepRejected("email-invalid");
        }
        try {
            return transaction.execute(status -> {
                var access = access(reference);
                if (!representations.mayActFor(access.wmoCase().subject(), Matter.PERSONAL_DETAILS)) {
                    throw new CaseNotFound();
                }
                var wmoCase = access.wmoCase();
                wmoCase.requireVersion(expectedVersion);
                wmoCase.updateContact(channel == NotificationChannel.EMAIL ? email : wmoCase.contactEmail(),
                        wmoCase.contactPhone(), channel);
                cases.flush();
                audit.record(AuditAction.CHANGED, OBJECT + "-contact", reference.value(), wmoCase.subject());
                return view(access);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflict();
        }
    }

    private Access access(CaseReference reference) {
        var me = currentPerson.require();
        var found = reference == null ? null : cases.findByReference(reference.value()).orElse(null);
        if (found == null) {
            throw new CaseNotFound();
        }
        boolean own = me.bsn().map(found.subject()::equals).orElse(false);
        if (!own && !representations.mayActFor(found.subject(), Matter.APPLICATIONS)) {
            audit.record(AuditAction.DENIED, OBJECT, reference.value(), found.subject());
            throw new CaseNotFound();
        }
        return new Access(found, own);
    }

    private MyCase view(Access access) {
        var detail = files.detail(access.wmoCase());
        boolean mayMessage = representations.mayActFor(detail.subject(), Matter.MESSAGES);
        boolean mayChangeContact = representations.mayActFor(detail.subject(), Matter.PERSONAL_DETAILS);
        if (!mayMessage) {
            detail = new CaseDetail(detail.reference(), detail.subject(), detail.subjectName(), detail.filedBy(),
                    detail.team(), detail.consultant(), detail.status(), detail.answers(), detail.meldingAt(),
                    detail.planDue(), detail.investigationDue(), detail.conversation(), detail.report(),
                    detail.reportAt(), detail.reportResponse(), detail.reportComment(), detail.aanvraagOn(),
                    detail.decisionDue(), detail.decision(), detail.decidedAt(), detail.contactEmail(),
                    detail.contactPhone(), detail.notifyBy(), detail.timeline(), List.of(), detail.documents(),
                    detail.version());
        }
        return new MyCase(detail, access.own(), mayMessage, mayChangeContact);
    }
}
