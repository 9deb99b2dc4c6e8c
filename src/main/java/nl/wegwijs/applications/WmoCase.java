package nl.wegwijs.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.Bsn;

/**
 * A Wmo case (zaak): the melding and everything that follows. The procedure only moves forward
 * through the guarded methods; each says which steps it may follow.
 */
@Entity
@Table(name = "wmo_case")
class WmoCase {

    /** The municipality's days: statutory dates are counted in its time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "draft_id", nullable = false, unique = true)
    private UUID draftId;

    @Column(name = "subject_bsn", nullable = false)
    private String subjectBsn;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "filed_by", nullable = false)
    private FiledBy filedBy;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(nullable = false)
    private String team;

    @Column(name = "consultant_id")
    private UUID consultantId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(nullable = false)
    private String answers;

    @Column(name = "melding_at", nullable = false)
    private Instant meldingAt;

    @Column(name = "plan_due", nullable = false)
    private LocalDate planDue;

    @Column(name = "investigation_due", nullable = false)
    private LocalDate investigationDue;

    @Column(name = "conversation_at")
    private Instant conversationAt;

    @Column(name = "conversation_place")
    private String conversationPlace;

    @Column(name = "conversation_people")
    private String conversationPeople;

    @Column(name = "carer_invited")
    private boolean carerInvited;

    private String report;

    @Column(name = "report_at")
    private Instant reportAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_response")
    private ReportResponse reportResponse;

    @Column(name = "report_comment")
    private String reportComment;

    @Column(name = "aanvraag_on")
    private LocalDate aanvraagOn;

    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    private DecisionOutcome decisionOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_provision")
    private Provision decisionProvision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_form")
    private DeliveryForm decisionForm;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "notify_by", nullable = false)
    private NotificationChannel notifyBy;

    @Version
    private long version;

    protected WmoCase() {
    }

    /** A submitted melding: the statutory clock starts today. */
    static WmoCase file(MeldingDraft draft, MeldingAnswers answers, CaseReference reference, String team,
            Instant now) {
        var wmoCase = new WmoCase();
        wmoCase.id = UUID.randomUUID();
        wmoCase.reference = reference.value();
        wmoCase.draftId = draft.id().value();
        wmoCase.subjectBsn = draft.subject().value();
        wmoCase.subjectName = draft.subjectName();
        wmoCase.filedBy = draft.filedBy();
        wmoCase.authorId = draft.author().value();
        wmoCase.team = team;
        wmoCase.status = CaseStatus.MELDING_RECEIVED;
        wmoCase.answers = AnswersJson.write(answers);
        wmoCase.meldingAt = now;
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        wmoCase.planDue = WmoDeadlines.personalPlanDue(today);
        wmoCase.investigationDue = WmoDeadlines.investigationDue(today);
        wmoCase.contactEmail = blankToNull(answers.email());
        wmoCase.contactPhone = blankToNull(answers.phone());
        wmoCase.notifyBy = answers.notifyBy() == null ? NotificationChannel.POST : answers.notifyBy();
        return wmoCase;
    }

    /** Fails with {@link CaseConflict} when the case changed since the caller read {@code expectedVersion}. */
    void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new CaseConflict();
        }
    }

    void assignTo(AccountId consultant) {
        requireOpen();
        this.consultantId = consultant.value();
    }

    /** Plans (or moves) the conversation; only before the report is written. */
    void planConversation(ConversationPlan plan) {
        if (status.reached(CaseStatus.REPORT_READY)) {
            throw new CaseStepRejected("conversation-after-report");
        }
        if (plan.at() == null || plan.place() == null || plan.place().isBlank()) {
            throw new CaseStepRejected("conversation-incomplete");
        }
        conversationAt = plan.at();
        conversationPlace = plan.place().strip();
        conversationPeople = plan.attendees() == null ? null : plan.attendees().strip();
        carerInvited = plan.carerInvited();
        status = CaseStatus.CONVERSATION_PLANNED;
    }

    /** Writes (or rewrites) the report after the conversation; a rewrite asks the resident again. */
    void writeReport(String text, Instant now) {
        if (!status.reached(CaseStatus.CONVERSATION_PLANNED)) {
            throw new CaseStepRejected("report-before-conversation");
        }
        if (status.reached(CaseStatus.AANVRAAG_RECEIVED)) {
            throw new CaseStepRejected("report-after-aanvraag");
        }
        if (text == null || text.isBlank()) {
            throw new CaseStepRejected("report-empty");
        }
        report = text.strip();
        reportAt = now;
        reportResponse = null;
        reportComment = null;
        status = CaseStatus.REPORT_READY;
    }

    void respondToReport(ReportResponse response, String comment) {
        if (status != CaseStatus.REPORT_READY) {
            throw new CaseStepRejected("no-report-to-respond-to");
        }
        if (response == ReportResponse.COMMENTED && (comment == null || comment.isBlank())) {
            throw new CaseStepRejected("comment-empty");
        }
        reportResponse = response;
        reportComment = response == ReportResponse.COMMENTED ? comment.strip() : null;
    }

    /** The formal application, received on {@code day}: the two weeks for the decision start. */
    void recordAanvraag(LocalDate day) {
        if (status != CaseStatus.REPORT_READY) {
            throw new CaseStepRejected("aanvraag-before-report");
        }
        if (day == null || day.isBefore(LocalDate.ofInstant(meldingAt, ZONE))) {
            throw new CaseStepRejected("aanvraag-date-invalid");
        }
        aanvraagOn = day;
        decisionDue = WmoDeadlines.decisionDue(day);
        status = CaseStatus.AANVRAAG_RECEIVED;
    }

    void decide(Decision decision, Instant now) {
        if (status != CaseStatus.AANVRAAG_RECEIVED) {
            throw new CaseStepRejected("decision-before-aanvraag");
        }
        if (decision.outcome() == null || decision.reasons() == null || decision.reasons().isBlank()) {
            throw new CaseStepRejected("decision-incomplete");
        }
        if (decision.outcome() != DecisionOutcome.REFUSED && (decision.provision() == null || decision.form() == null)) {
            throw new CaseStepRejected("decision-provision-missing");
        }
        decisionOutcome = decision.outcome();
        decisionProvision = decision.provision();
        decisionForm = decision.form();
        decisionReasons = decision.reasons().strip();
        decidedAt = now;
        status = CaseStatus.DECIDED;
    }

    void updateContact(String email, String phone, NotificationChannel channel) {
        if (channel == NotificationChannel.EMAIL && (email == null || email.isBlank())) {
            throw new CaseStepRejected("email-needed-for-notifications");
        }
        contactEmail = blankToNull(email);
        contactPhone = blankToNull(phone);
        notifyBy = channel;
    }

    /** The next statutory date: the investigation's end before the aanvraag, then the decision's; null once decided. */
    LocalDate nextDeadline() {
        return WmoDeadlines.next(status, investigationDue, decisionDue);
    }

    private void requireOpen() {
        if (status == CaseStatus.DECIDED) {
            throw new CaseStepRejected("case-closed");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() { return id; }
    CaseReference reference() { return new CaseReference(reference); }
    DraftId draftId() { return new DraftId(draftId); }
    Bsn subject() { return new Bsn(subjectBsn); }
    String subjectName() { return subjectName; }
    FiledBy filedBy() { return filedBy; }
    AccountId author() { return new AccountId(authorId); }
    String team() { return team; }
    AccountId consultant() { return consultantId == null ? null : new AccountId(consultantId); }
    CaseStatus status() { return status; }
    MeldingAnswers answers() { return AnswersJson.read(answers); }
    Instant meldingAt() { return meldingAt; }
    LocalDate planDue() { return planDue; }
    LocalDate investigationDue() { return investigationDue; }
    ConversationPlan conversation() {
        return conversationAt == null ? null
                : new ConversationPlan(conversationAt, conversationPlace, conversationPeople, carerInvited);
    }
    String report() { return report; }
    Instant reportAt() { return reportAt; }
    ReportResponse reportResponse() { return reportResponse; }
    String reportComment() { return reportComment; }
    LocalDate aanvraagOn() { return aanvraagOn; }
    LocalDate decisionDue() { return decisionDue; }
    Decision decision() {
        return decisionOutcome == null ? null
                : new Decision(decisionOutcome, decisionProvision, decisionForm, decisionReasons);
    }
    Instant decidedAt() { return decidedAt; }
    String contactEmail() { return contactEmail; }
    String contactPhone() { return contactPhone; }
    NotificationChannel notifyBy() { return notifyBy; }
    long version() { return version; }
}
