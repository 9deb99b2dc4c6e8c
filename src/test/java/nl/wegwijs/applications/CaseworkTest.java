package nl.wegwijs.applications;

import static nl.wegwijs.applications.FiledMelding.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.accounts.AccountId;
import nl.wegwijs.accounts.Role;
import nl.wegwijs.support.PostgresTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The consultant's back office on PostgreSQL: cases are filed through {@link MeldingDrafts} as the
 * demo resident, then worked on as the demo consultant with the clock set where the test needs it.
 */
@PostgresTest
@RecordApplicationEvents
@Import(CaseworkTest.Beans.class)
// A context of its own (the test clock): its own search index folder, as Lucene locks the shared one.
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-casework")
class CaseworkTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    Casework casework;

    @Autowired
    MeldingDrafts drafts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signInAsConsultant() {
        clock.reset();
        signIn("consultant", Role.CONSULTANT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void theWorklistPutsTheNearestDeadlineFirstAndWarnsInWorkingDaysAcrossTheWeekend() {
        // Mondays: investigation terms end on Monday 16 and Monday 23 November 2026.
        CaseReference later = fileOn("2026-10-12T09:00:00");
        CaseReference sooner = fileOn("2026-10-05T09:00:00");

        at("2026-11-13T10:00:00"); // Friday
        var friday = mine(casework.worklist(WorklistFilter.ALL), sooner, later);
        assertThat(friday).extracting(WorklistRow::reference).containsExactly(sooner, later);
        assertThat(friday.get(0).nextDeadline()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(friday.get(0).workingDaysLeft()).as("the weekend does not count").isEqualTo(1);
        assertThat(friday.get(0).warning()).isEqualTo(DeadlineWarning.SOON);
        assertThat(friday.get(1).workingDaysLeft()).isEqualTo(6);
        assertThat(friday.get(1).warning()).isEqualTo(DeadlineWarning.NONE);

        at("2026-11-17T10:00:00"); // Tuesday after
        var tuesday = mine(casework.worklist(WorklistFilter.ALL), sooner, later);
        assertThat(tuesday.get(0).warning()).isEqualTo(DeadlineWarning.PASSED);
        assertThat(tuesday.get(0).workingDaysLeft()).isEqualTo(-1);
        assertThat(tuesday.get(1).workingDaysLeft()).isEqualTo(4);
        assertThat(tuesday.get(1).warning()).isEqualTo(DeadlineWarning.SOON);
    }

    @Test
    void claimingMovesACaseFromUnassignedToMine() {
        CaseReference reference = FiledMelding.byResident(drafts);
        assertThat(references(casework.worklist(WorklistFilter.UNASSIGNED))).contains(reference);
        assertThat(references(casework.worklist(WorklistFilter.MINE))).doesNotContain(reference);

        var detail = casework.detail(reference);
        var claimed = casework.claim(reference, detail.version());

        assertThat(claimed.consultant()).isEqualTo(consultantId("consultant"));
        assertThat(claimed.version()).isGreaterThan(detail.version());
        assertThat(references(casework.worklist(WorklistFilter.MINE))).contains(reference);
        assertThat(references(casework.worklist(WorklistFilter.UNASSIGNED))).doesNotContain(reference);
        var row = casework.worklist(WorklistFilter.MINE).stream()
                .filter(candidate -> candidate.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(row.mine()).isTrue();
        assertThat(row.consultantName()).isEqualTo("Demo consultant");
    }

    @Test
    void aCaseGoesFromMeldingToDecisionWithHistoryAuditAndEvents() throws IOException {
        CaseReference reference = FiledMelding.byResident(drafts);
        var detail = casework.claim(reference, casework.detail(reference).version());
        Instant conversation = Instant.now().plusSeconds(3 * 24 * 3600);

        detail = casework.planConversation(reference,
                new ConversationPlan(conversation, "Bij de inwoner thuis", "Inwoner, dochter", true), detail.version());
        assertThat(detail.status()).isEqualTo(CaseStatus.CONVERSATION_PLANNED);
        assertThat(detail.conversation().place()).isEqualTo("Bij de inwoner thuis");
        assertThat(detail.conversation().carerInvited()).isTrue();

        detail = casework.writeReport(reference, "Mevrouw kan niet meer stofzuigen.", detail.version());
        assertThat(detail.status()).isEqualTo(CaseStatus.REPORT_READY);

        detail = casework.recordAanvraag(reference, LocalDate.now(WmoCase.ZONE), detail.version());
        assertThat(detail.status()).isEqualTo(CaseStatus.AANVRAAG_RECEIVED);
        assertThat(detail.decisionDue()).isEqualTo(WmoDeadlines.decisionDue(LocalDate.now(WmoCase.ZONE)));

        detail = casework.decide(reference, new Decision(DecisionOutcome.GRANTED, Provision.HOUSEHOLD_HELP,
                DeliveryForm.IN_KIND, "U kunt het huishouden niet meer zelf doen."), detail.version());
        assertThat(detail.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(detail.nextDeadline()).isNull();
        assertThat(detail.timeline()).extracting(TimelineEntry::status).containsExactly(CaseStatus.MELDING_RECEIVED,
                CaseStatus.CONVERSATION_PLANNED, CaseStatus.REPORT_READY, CaseStatus.AANVRAAG_RECEIVED,
                CaseStatus.DECIDED);
        assertThat(detail.documents()).extracting(DocumentSummary::kind).contains(DocumentKind.DECISION_LETTER);
        assertThat(references(casework.worklist(WorklistFilter.ALL))).as("a decided case leaves the worklist")
                .doesNotContain(reference);

        assertThat(events.stream(CaseStatusChanged.class).filter(event -> event.reference().equals(reference)))
                .extracting(CaseStatusChanged::status)
                .containsExactly(CaseStatus.MELDING_RECEIVED, CaseStatus.CONVERSATION_PLANNED, CaseStatus.REPORT_READY,
                        CaseStatus.AANVRAAG_RECEIVED, CaseStatus.DECIDED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_type = 'wmo-case'"
                + " AND object_id = ? AND action = 'CHANGED' AND subject_bsn = '999990019'", Long.class,
                reference.value())).isEqualTo(5L);

        var letter = casework.decisionLetter(reference).orElseThrow();
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        assertThat(new String(letter.content(), 0, 5)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(letter.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("bezwaar maken", "binnen 6 weken", "burgemeester en wethouders",
                    reference.value(), "Hulp in het huishouden", "Zorg in natura",
                    "U kunt het huishouden niet meer zelf doen.");
        }
        var document = detail.documents().stream().filter(summary -> summary.kind() == DocumentKind.DECISION_LETTER)
                .findFirst().orElseThrow();
        assertThat(casework.document(reference, document.id()).content()).isEqualTo(letter.content());
    }

    @Test
    void stepsInTheWrongOrderAreRefusedWithAReason() {
        CaseReference reference = FiledMelding.byResident(drafts);
        long version = casework.detail(reference).version();

        assertRejected(() -> casework.writeReport(reference, "Verslag", version), "report-before-conversation");
        assertRejected(() -> casework.recordAanvraag(reference, LocalDate.now(WmoCase.ZONE), version),
                "aanvraag-before-report");
        assertRejected(() -> casework.decide(reference, new Decision(DecisionOutcome.REFUSED, null, null, "Nee"),
                version), "decision-before-aanvraag");
        assertRejected(() -> casework.planConversation(reference, new ConversationPlan(
                Instant.now().minusSeconds(3600), "Thuis", null, false), version), "conversation-in-past");
        assertRejected(() -> casework.postMessage(reference, "  "), "message-empty");

        var detail = casework.planConversation(reference, new ConversationPlan(Instant.now().plusSeconds(86_400),
                "Thuis", null, false), version);
        assertRejected(() -> casework.writeReport(reference, " ", detail.version()), "report-empty");
        var reported = casework.writeReport(reference, "Verslag", detail.version());
        assertRejected(() -> casework.recordAanvraag(reference, LocalDate.now(WmoCase.ZONE).plusDays(1),
                reported.version()), "aanvraag-date-future");
        var applied = casework.recordAanvraag(reference, LocalDate.now(WmoCase.ZONE), reported.version());
        assertRejected(() -> casework.decide(reference, new Decision(DecisionOutcome.GRANTED, null, null, "Omdat"),
                applied.version()), "decision-provision-missing");
        assertRejected(() -> casework.decide(reference, new Decision(DecisionOutcome.REFUSED, null, null, " "),
                applied.version()), "decision-reasons-missing");
        assertThat(casework.detail(reference).status()).isEqualTo(CaseStatus.AANVRAAG_RECEIVED);
    }

    @Test
    void aStaleVersionIsAConflictAndSavesNothing() {
        CaseReference reference = FiledMelding.byResident(drafts);
        long read = casework.detail(reference).version();
        casework.planConversation(reference, new ConversationPlan(Instant.now().plusSeconds(86_400), "Thuis", null,
                true), read);

        assertThatThrownBy(() -> casework.planConversation(reference, new ConversationPlan(
                Instant.now().plusSeconds(2 * 86_400), "Gemeentehuis", null, false), read))
                .isInstanceOf(CaseConflict.class);
        assertThatThrownBy(() -> casework.claim(reference, read)).isInstanceOf(CaseConflict.class);
        var now = casework.detail(reference);
        assertThat(now.conversation().place()).isEqualTo("Thuis");
        assertThat(now.consultant()).isNull();
    }

    @Test
    void aCaseIsAssignedOnlyWithinTheTeamAndOtherTeamsDoNotSeeIt() {
        AccountId colleague = consultant("consultant-b", null);
        consultant("consultant-noord", "Team Noord");
        CaseReference reference = FiledMelding.byResident(drafts);

        assertThat(casework.colleagues()).extracting(Colleague::id).contains(colleague)
                .doesNotContain(consultantId("consultant-noord"));
        long version = casework.detail(reference).version();
        assertRejected(() -> casework.assign(reference, consultantId("consultant-noord"), version),
                "assignee-not-in-team");
        assertThat(casework.assign(reference, colleague, version).consultant()).isEqualTo(colleague);

        signIn("consultant-noord", Role.CONSULTANT);
        assertThat(references(casework.worklist(WorklistFilter.ALL))).doesNotContain(reference);
        assertThatThrownBy(() -> casework.detail(reference)).isInstanceOf(CaseNotFound.class);
    }

    @Test
    void aMessageToTheResidentIsKeptAndAnnounced() {
        CaseReference reference = FiledMelding.byResident(drafts);
        var detail = casework.postMessage(reference, "Ik bel u maandag om een afspraak te maken.");
        assertThat(detail.messages()).singleElement().satisfies(message -> {
            assertThat(message.fromMunicipality()).isTrue();
            assertThat(message.authorName()).isEqualTo("Demo consultant");
        });
        assertThat(events.stream(CaseMessagePosted.class)).contains(new CaseMessagePosted(reference, true));
    }

    @Test
    void onlyConsultantsMayUseTheBackOffice() {
        signIn("resident", Role.RESIDENT);
        assertThatThrownBy(() -> casework.worklist(WorklistFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    private CaseReference fileOn(String localTime) {
        at(localTime);
        return FiledMelding.byResident(drafts);
    }

    private void at(String localTime) {
        clock.set(ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), WmoCase.ZONE).toInstant());
    }

    private static List<WorklistRow> mine(List<WorklistRow> rows, CaseReference... references) {
        var wanted = List.of(references);
        return rows.stream().filter(row -> wanted.contains(row.reference())).toList();
    }

    private static List<CaseReference> references(List<WorklistRow> rows) {
        return rows.stream().map(WorklistRow::reference).toList();
    }

    private static void assertRejected(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(CaseStepRejected.class,
                rejected -> assertThat(rejected.reasonKey()).isEqualTo(reason));
    }

    private AccountId consultantId(String username) {
        return new AccountId(jdbc.queryForObject("SELECT id FROM account WHERE username = ?", UUID.class, username));
    }

    private AccountId consultant(String username, String team) {
        if (jdbc.queryForObject("SELECT count(*) FROM account WHERE username = ?", Long.class, username) == 0) {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO account (id, username, display_name, enabled, created_at) VALUES (?, ?, ?, true, now())",
                    id, username, "Demo " + username);
            jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'CONSULTANT')", id);
            if (team != null) {
                jdbc.update("INSERT INTO consultant_team (account_id, team) VALUES (?, ?)", id, team);
            }
        }
        return consultantId(username);
    }
}
