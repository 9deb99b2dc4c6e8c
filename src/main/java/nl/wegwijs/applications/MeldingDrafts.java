package nl.wegwijs.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.CurrentPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Melding drafts: started for oneself, for someone one represents or for a walk-in at the counter;
 * saved at every step; submitted once, however often the button is pressed. A draft is only ever
 * seen by its author, and only while they may still act for its subject.
 */
@Service
public class MeldingDrafts {

    static final String OBJECT = "melding";

    private final MeldingDraftRepository drafts;
    private final WmoCaseRepository cases;
    private final CaseStatusEntryRepository history;
    private final CaseDocumentRepository documents;
    private final MeldingSubject subjects;
    private final CurrentPerson currentPerson;
    private final UploadCheck uploadCheck;
    private final ApplicationsProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MeldingDrafts(MeldingDraftRepository drafts, WmoCaseRepository cases, CaseStatusEntryRepository history,
            CaseDocumentRepository documents, MeldingSubject subjects, CurrentPerson currentPerson,
            UploadCheck uploadCheck, ApplicationsProperties properties, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.drafts = drafts;
        this.cases = cases;
        this.history = history;
        this.documents = documents;
        this.subjects = subjects;
        this.currentPerson = currentPerson;
        this.uploadCheck = uploadCheck;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The author's open draft for {@code subject}, or a new one; {@link CaseNotFound} when they may not act for them. */
    @PreAuthorize("@representations.mayActFor(#subject, 'APPLICATIONS')")
    @Transactional
    public DraftView startOrResume(Bsn subject) {
        var me = currentPerson.require();
        var existing = drafts.findByAuthorIdAndSubmittedCaseIsNullOrderByUpdatedAtDesc(me.id().value()).stream()
                .filter(draft -> draft.subject().equals(subject)).findFirst();
        if (existing.isPresent()) {
            return view(existing.get());
        }
        var resolved = subjects.resolve(subject, clock.instant()).orElseThrow(CaseNotFound::new);
        var draft = drafts.save(new MeldingDraft(me.id(), subject, resolved.name(), resolved.filedBy(),
                AnswersJson.write(MeldingAnswers.empty()), clock.instant()));
        return view(draft);
    }

    /** The signed-in person's unfinished meldings they may still work on, most recent first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DraftView> mine() {
        var me = currentPerson.require();
        return drafts.findByAuthorIdAndSubmittedCaseIsNullOrderByUpdatedAtDesc(me.id().value()).stream()
                .filter(draft -> subjects.resolve(draft.subject(), clock.instant()).isPresent())
                .map(this::view).toList();
    }

    /** One of the author's drafts; {@link CaseNotFound} for any other id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DraftView get(DraftId id) {
        return view(mineOrThrow(id));
    }

    /**
     * Stores the answers and where the author continues. The server never lets the author skip
     * ahead: {@code resumeAt} is capped at the first step that still has a problem. Returns the
     * saved draft (with its new version); {@link CaseConflict} when it changed elsewhere since
     * {@code expectedVersion} (another tab), so that neither overwrites the other silently.
     */
    @PreAuthorize("isAuthenticated()")
    public DraftView save(DraftId id, MeldingAnswers answers, MeldingStep resumeAt, long expectedVersion) {
        try {
            return transaction.execute(status -> {
                var draft = mineOrThrow(id);
                if (draft.version() != expectedVersion) {
                    throw new CaseConflict();
                }
                var firstIncomplete = MeldingRules.firstIncomplete(answers);
                var step = resumeAt.compareTo(firstIncomplete) > 0 ? firstIncomplete : resumeAt;
                draft.save(step.compareTo(MeldingStep.DIFFICULTIES) < 0 ? MeldingStep.DIFFICULTIES : step,
                        AnswersJson.write(answers), clock.instant());
                drafts.flush();
                return view(draft);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflict();
        }
    }

    /** Adds an uploaded document after checking its real type and size; {@link DocumentRejected} says why not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DocumentSummary attach(DraftId id, DocumentKind kind, String fileName, byte[] content) {
        var draft = mineOrThrow(id);
        if (kind != DocumentKind.PERSONAL_PLAN && kind != DocumentKind.ATTACHMENT) {
            throw new DocumentRejected("wrong-kind");
        }
        String type = uploadCheck.contentTypeOf(content);
        if (documents.countByDraftId(draft.id().value()) >= properties.maxDocuments()) {
            throw new DocumentRejected("too-many");
        }
        return documents.save(CaseDocument.ofDraft(draft.id(), kind, UploadCheck.safeName(fileName, type), type,
                content, clock.instant())).summary();
    }

    /** Removes a document from the author's draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeDocument(DraftId id, DocumentId document) {
        var draft = mineOrThrow(id);
        documents.findById(document.value())
                .filter(found -> found.caseId() == null && draft.id().value().equals(found.draftId()))
                .ifPresent(documents::delete);
    }

    /**
     * Turns the draft into a case and starts the statutory clock. Submitting again (a double
     * click, a retry after a lost connection) returns the same case. {@link MeldingRejected} lists
     * what is still missing; the draft stays as it was.
     */
    @PreAuthorize("isAuthenticated()")
    public CaseReference submit(DraftId id) {
        try {
            return transaction.execute(status -> submitOnce(id));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // A parallel submission of the same draft won: answer with its case.
            return transaction.execute(status -> cases.findByDraftId(id.value())
                    .map(WmoCase::reference).orElseThrow(() -> e));
        }
    }

    private CaseReference submitOnce(DraftId id) {
        var me = currentPerson.require();
        var draft = drafts.findById(id.value()).filter(found -> found.author().equals(me.id()))
                .orElseThrow(CaseNotFound::new);
        if (draft.submittedCase() != null) {
            return cases.findById(draft.submittedCase()).orElseThrow(CaseNotFound::new).reference();
        }
        if (subjects.resolve(draft.subject(), clock.instant()).isEmpty()) {
            throw new CaseNotFound();
        }
        var answers = AnswersJson.read(draft.answersJson());
        var problems = MeldingRules.checkAll(answers);
        if (!problems.isEmpty()) {
            throw new MeldingRejected(problems);
        }
        var now = clock.instant();
        var reference = CaseReference.of(LocalDate.ofInstant(now, WmoCase.ZONE).getYear(), cases.nextNumber());
        var wmoCase = cases.save(WmoCase.file(draft, answers, reference, properties.teamFor(answers.postcode()), now));
        draft.submitted(wmoCase.id());
        documents.findByDraftIdOrderByUploadedAtAsc(draft.id().value())
                .forEach(document -> document.moveToCase(wmoCase.id()));
        history.save(new CaseStatusEntry(wmoCase.id(), CaseStatus.MELDING_RECEIVED, now, me.id().value()));
        cases.flush();
        audit.record(AuditAction.CREATED, OBJECT, reference.value(), draft.subject());
        events.publishEvent(new CaseStatusChanged(reference, CaseStatus.MELDING_RECEIVED));
        return reference;
    }

    /** Throws the draft and its uploads away. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void discard(DraftId id) {
        var draft = mineOrThrow(id);
        documents.deleteAll(documents.findByDraftIdOrderByUploadedAtAsc(draft.id().value()));
        drafts.delete(draft);
    }

    private MeldingDraft mineOrThrow(DraftId id) {
        var me = currentPerson.require();
        UUID raw = id == null ? null : id.value();
        var draft = raw == null ? null : drafts.findById(raw).orElse(null);
        if (draft == null || !draft.author().equals(me.id()) || draft.submittedCase() != null
                || subjects.resolve(draft.subject(), clock.instant()).isEmpty()) {
            throw new CaseNotFound();
        }
        return draft;
    }

    private DraftView view(MeldingDraft draft) {
        var uploaded = documents.findByDraftIdOrderByUploadedAtAsc(draft.id().value()).stream()
                .map(CaseDocument::summary).toList();
        return new DraftView(draft.id(), draft.subject(), draft.subjectName(), draft.filedBy(), draft.step(),
                AnswersJson.read(draft.answersJson()), uploaded, draft.version(), draft.updatedAt());
    }
}
