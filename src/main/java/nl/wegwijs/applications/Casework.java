package nl.wegwijs.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.CurrentPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consultant's back office: the team's worklist by statutory deadline, and each step of a case
 * from claim to decision. Every change names the version the consultant read; a stale version
 * throws {@link CaseConflict} and nothing is saved. A step that does not fit throws
 * {@link CaseStepRejected}. A consultant only sees the cases of their own team.
 */
@Service
public class Casework {

    static final String OBJECT = "wmo-case";
    private static final EnumSet<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(CaseStatus.DECIDED));

    private final WmoCaseRepository cases;
    private final CaseStatusEntryRepository history;
    private final CaseMessageRepository messages;
    private final CaseDocumentRepository documents;
    private final CaseFiles files;
    private final ConsultantTeams teams;
    private final CaseworkRules rules;
    private final DecisionLetter letters;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int warnWorkingDays;

    Casework(WmoCaseRepository cases, CaseStatusEntryRepository history, CaseMessageRepository messages,
            CaseDocumentRepository documents, CaseFiles files, ConsultantTeams teams, DecisionLetter letters,
            CurrentPerson currentPerson, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${wegwijs.applications.warn-working-days:5}") int warnWorkingDays) {
        this.cases = cases;
        this.history = history;
        this.messages = messages;
        this.documents = documents;
        this.files = files;
        this.teams = teams;
        this.rules = new CaseworkRules(clock);
        this.letters = letters;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.warnWorkingDays = Math.max(0, warnWorkingDays);
    }

    /** The open cases of the consultant's team, the nearest statutory date first. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<WorklistRow> worklist(WorklistFilter filter) {
        var me = currentPerson.require().id();
        String team = teams.teamOf(me);
        Map<AccountId, String> names = teams.members(team).stream()
                .collect(Collectors.toMap(Colleague::id, Colleague::name));
        LocalDate today = today();
        return cases.findByTeamAndStatusIn(team, OPEN).stream()
                .filter(wmoCase -> switch (filter == null ? WorklistFilter.ALL : filter) {
                    case MINE -> me.equals(wmoCase.consultant());
                    case UNASSIGNED -> wmoCase.consultant() == null;
                    case ALL -> true;
                })
                .map(wmoCase -> row(wmoCase, today, names, me))
                .sorted(Comparator.comparing(WorklistRow::nextDeadline).thenComparing(WorklistRow::meldingAt))
                .toList();
    }

    /** The consultants of the caller's team, to assign a case to. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return teams.members(teams.teamOf(currentPerson.require().id()));
    }

    /** The whole case file; reading it is recorded in the audit log. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public CaseDetail detail(CaseReference reference) {
        var wmoCase = ofMyTeam(reference);
        audit.record(AuditAction.VIEWED, OBJECT, reference.value(), wmoCase.subject());
        return files.detail(wmoCase);
    }

    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail claim(CaseReference reference, long version) {
        return change(reference, version, false, wmoCase -> wmoCase.assignTo(currentPerson.require().id()));
    }

    /** Hands the case to {@code consultant}, who must work in the same team. */
    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail assign(CaseReference reference, AccountId consultant, long version) {
        return change(reference, version, false, wmoCase -> {
            if (consultant == null || colleagues().stream().noneMatch(colleague -> colleague.id().equals(consultant))) {
                throw new CaseStepRejected("assignee-not-in-team");
            }
            wmoCase.assignTo(consultant);
        });
    }

    /** Plans or moves the intake conversation; it cannot be in the past. */
    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail planConversation(CaseReference reference, ConversationPlan plan, long version) {
        return change(reference, version, true, wmoCase -> wmoCase.planConversation(rules.checked(plan)));
    }

    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail writeReport(CaseReference reference, String text, long version) {
        return change(reference, version, true, wmoCase -> wmoCase.writeReport(rules.report(text), clock.instant()));
    }

    /** Records the formal aanvraag, received on {@code day} (not in the future): the decision term starts. */
    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail recordAanvraag(CaseReference reference, LocalDate day, long version) {
        return change(reference, version, true, wmoCase -> wmoCase.recordAanvraag(rules.aanvraagDay(day)));
    }

    /** Decides and stores the decision letter with the case, where the resident can read it too. */
    @PreAuthorize("hasRole('CONSULTANT')")
    public CaseDetail decide(CaseReference reference, Decision decision, long version) {
        return change(reference, version, true, wmoCase -> {
            Instant now = clock.instant();
            wmoCase.decide(rules.checked(decision), now);
            documents.save(CaseDocument.ofCase(wmoCase.id(), DocumentKind.DECISION_LETTER,
                    DecisionLetter.fileName(wmoCase.reference()), "application/pdf", letters.render(wmoCase, today()),
                    now));
        });
    }

    /** A message to the resident's side; messages are never edited, so no version is needed. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional
    public CaseDetail postMessage(CaseReference reference, String text) {
        var me = currentPerson.require();
        var wmoCase = ofMyTeam(reference);
        messages.save(new CaseMessage(wmoCase.id(), me.id().value(), me.displayName(), true, rules.message(text),
                clock.instant()));
        audit.record(AuditAction.CREATED, "wmo-case-message", reference.value(), wmoCase.subject());
        events.publishEvent(new CaseMessagePosted(reference, true));
        return files.detail(wmoCase);
    }

    /** The newest decision letter of the case, empty before the decision. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public Optional<DocumentFile> decisionLetter(CaseReference reference) {
        var wmoCase = ofMyTeam(reference);
        return documents.findByCaseIdOrderByUploadedAtAsc(wmoCase.id()).stream()
                .filter(document -> document.kind() == DocumentKind.DECISION_LETTER)
                .reduce((first, second) -> second)
                .map(document -> download(wmoCase, document));
    }

    /** One document of the case; {@link CaseNotFound} for a document of another case. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public DocumentFile document(CaseReference reference, DocumentId id) {
        var wmoCase = ofMyTeam(reference);
        return documents.findById(id == null ? null : id.value())
                .filter(document -> wmoCase.id().equals(document.caseId()))
                .map(document -> download(wmoCase, document))
                .orElseThrow(CaseNotFound::new);
    }

    private CaseDetail change(CaseReference reference, long version, boolean statusStep, Consumer<WmoCase> step) {
        try {
            return transaction.execute(status -> {
                var me = currentPerson.require();
                var wmoCase = ofMyTeam(reference);
                wmoCase.requireVersion(version);
                step.accept(wmoCase);
                cases.flush();
                if (statusStep) {
                    history.save(new CaseStatusEntry(wmoCase.id(), wmoCase.status(), clock.instant(), me.id().value()));
                    events.publishEvent(new CaseStatusChanged(reference, wmoCase.status()));
                }
                audit.record(AuditAction.CHANGED, OBJECT, reference.value(), wmoCase.subject());
                return files.detail(wmoCase);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflict();
        }
    }

    private WmoCase ofMyTeam(CaseReference reference) {
        String team = teams.teamOf(currentPerson.require().id());
        return cases.findByReference(reference == null ? "" : reference.value())
                .filter(wmoCase -> wmoCase.team().equals(team))
                .orElseThrow(CaseNotFound::new);
    }

    private DocumentFile download(WmoCase wmoCase, CaseDocument document) {
        audit.record(AuditAction.VIEWED, "wmo-document", wmoCase.reference().value(), wmoCase.subject());
        var summary = document.summary();
        return new DocumentFile(summary.fileName(), summary.contentType(), document.content());
    }

    private WorklistRow row(WmoCase wmoCase, LocalDate today, Map<AccountId, String> names, AccountId me) {
        LocalDate due = wmoCase.nextDeadline();
        int left = WmoDeadlines.workingDaysUntil(today, due);
        DeadlineWarning warning = due.isBefore(today) ? DeadlineWarning.PASSED
                : left <= warnWorkingDays ? DeadlineWarning.SOON : DeadlineWarning.NONE;
        AccountId consultant = wmoCase.consultant();
        String name = consultant == null ? null : names.getOrDefault(consultant, "?");
        return new WorklistRow(wmoCase.reference(), wmoCase.subjectName(), wmoCase.status(), wmoCase.meldingAt(), due,
                left, warning, name, me.equals(consultant), wmoCase.version());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WmoCase.ZONE);
    }
}
