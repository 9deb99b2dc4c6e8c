package nl.wegwijs.applications;

import static nl.wegwijs.applications.CaseFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.ConsentRequest;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.accounts.RepresentedPeople;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * "Mijn aanvragen" on PostgreSQL: the resident follows their case from melding to decision, answers
 * the report without overwriting a newer one, writes messages and downloads the decision letter;
 * a carer sees only what their representation covers, and their looks are audited.
 */
@PostgresTest
@Import(CaseFixture.class)
// A context of its own (the fixture): its own search index folder, as Lucene locks the shared one.
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-mycases")
class MyCasesTest {

    static final Bsn RESIDENT = new Bsn("999990147");

    @Autowired
    MyCases myCases;

    @Autowired
    CaseFixture fixture;

    @Autowired
    Representations representations;

    @Autowired
    RepresentedPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noRepresentations() {
        fixture.resident("inwoner", RESIDENT.value());
        jdbc.update("DELETE FROM representation WHERE id NOT IN (SELECT representation_id FROM counter_session)");
    }

    @Test
    void theResidentFollowsTheirCaseFromMeldingToDecision() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);

        var listed = as("inwoner", () -> myCases.list());
        assertThat(listed).extracting(CaseSummary::reference).contains(reference);
        var fresh = as("inwoner", () -> myCases.detail(reference));
        assertThat(fresh.ownCase()).isTrue();
        assertThat(fresh.detail().timeline()).extracting(TimelineEntry::status)
                .containsExactly(CaseStatus.MELDING_RECEIVED);
        assertThat(fresh.detail().nextDeadline()).isEqualTo(fresh.detail().investigationDue());

        fixture.planConversation(reference);
        fixture.writeReport(reference, "We spraken over het huishouden.");
        fixture.recordAanvraag(reference);
        fixture.decide(reference);

        var decided = as("inwoner", () -> myCases.detail(reference)).detail();
        assertThat(decided.timeline()).extracting(TimelineEntry::status).containsExactly(CaseStatus.values());
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.nextDeadline()).as("nothing left to wait for").isNull();
        assertThat(decided.decisionDue()).isNotNull();
        var letter = decided.documents().stream().filter(document -> document.kind() == DocumentKind.DECISION_LETTER)
                .findFirst().orElseThrow();
        DocumentFile file = as("inwoner", () -> myCases.document(reference, letter.id()));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(new String(file.content())).startsWith("%PDF");
    }

    @Test
    void aReportAnswerNeverOverwritesANewerReport() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        fixture.planConversation(reference);
        fixture.writeReport(reference, "Eerste versie.");
        long readAt = fixture.version(reference);

        assertThatThrownBy(() -> as("inwoner", () -> myCases.respondToReport(reference, ReportResponse.COMMENTED,
                "  ", readAt))).isInstanceOf(CaseStepRejected.class);

        fixture.writeReport(reference, "Tweede versie.");
        assertThatThrownBy(() -> as("inwoner", () -> myCases.respondToReport(reference, ReportResponse.CONFIRMED,
                null, readAt))).isInstanceOf(CaseConflict.class);

        var answered = as("inwoner", () -> myCases.respondToReport(reference, ReportResponse.COMMENTED,
                "Mijn dochter komt maar één keer per week.", fixture.version(reference))).detail();
        assertThat(answered.report()).isEqualTo("Tweede versie.");
        assertThat(answered.reportResponse()).isEqualTo(ReportResponse.COMMENTED);
        assertThat(answered.reportComment()).isEqualTo("Mijn dochter komt maar één keer per week.");
    }

    @Test
    void messagesGoBothWaysAndOnlyTheMunicipalitysAreNotified() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        fixture.messageFromMunicipality(reference, "Wanneer komt het u uit?");

        assertThatThrownBy(() -> as("inwoner", () -> myCases.postMessage(reference, " ")))
                .isInstanceOf(MessageRejected.class);
        var thread = as("inwoner", () -> myCases.postMessage(reference, "Dinsdagochtend graag.")).detail().messages();

        assertThat(thread).extracting(CaseMessageView::body).containsExactly("Wanneer komt het u uit?",
                "Dinsdagochtend graag.");
        assertThat(thread).extracting(CaseMessageView::fromMunicipality).containsExactly(true, false);
        assertThat(notificationKinds(reference)).containsExactly("MELDING_RECEIVED", "MESSAGE");
    }

    @Test
    void aCarerSeesOnlyWhatTheirRepresentationCoversAndEveryLookIsAudited() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);

        assertThat(as("carer", () -> myCases.list())).extracting(CaseSummary::reference).doesNotContain(reference);
        assertThatThrownBy(() -> as("carer", () -> myCases.detail(reference))).isInstanceOf(CaseNotFound.class);
        assertThat(audited("DENIED", reference)).isEqualTo(1);

        var asked = as("carer", () -> representations.request(new ConsentRequest(RESIDENT.value(), "Demo inwoner",
                RepresentationBasis.INFORMAL_CARER, Set.of(Matter.APPLICATIONS), null, null)));
        as("inwoner", () -> representations.confirm(asked.id()));
        fixture.messageFromMunicipality(reference, "Alleen voor de inwoner en wie berichten mag lezen.");

        assertThat(as("carer", () -> myCases.list())).extracting(CaseSummary::reference).contains(reference);
        var seen = as("carer", () -> myCases.detail(reference));
        assertThat(seen.ownCase()).isFalse();
        assertThat(seen.mayMessage()).isFalse();
        assertThat(seen.detail().messages()).as("messages are outside the scope").isEmpty();
        assertThat(audited("VIEWED", reference)).isEqualTo(1);
        assertThatThrownBy(() -> as("carer", () -> myCases.postMessage(reference, "Hallo")))
                .isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> as("carer", () -> myCases.setNotifyBy(reference, NotificationChannel.POST, null,
                seen.detail().version()))).isInstanceOf(CaseNotFound.class);

        var dashboard = as("carer", () -> people.overview(Locale.of("nl")));
        assertThat(dashboard.getFirst().matters().get(Matter.APPLICATIONS))
                .anySatisfy(item -> assertThat(item.path()).isEqualTo("mijn/aanvragen/" + reference.value()));
    }

    @Test
    void documentsAreOnlyServedWithTheirOwnCase() {
        CaseReference first = fixture.file("inwoner", RESIDENT, null);
        fixture.planConversation(first);
        fixture.writeReport(first, "Verslag.");
        fixture.recordAanvraag(first);
        fixture.decide(first);
        CaseReference second = fixture.file("inwoner", RESIDENT, null);
        var letter = as("inwoner", () -> myCases.detail(first)).detail().documents().getFirst();

        assertThatThrownBy(() -> as("inwoner", () -> myCases.document(second, letter.id())))
                .isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> as("inwoner", () -> myCases.document(first, new DocumentId(UUID.randomUUID()))))
                .isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> as("carer", () -> myCases.document(first, letter.id())))
                .isInstanceOf(CaseNotFound.class);
    }

    @Test
    void theResidentChoosesEmailOrPostAndAWrongAddressIsRefused() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        long version = fixture.version(reference);

        assertThatThrownBy(() -> as("inwoner", () -> myCases.setNotifyBy(reference, NotificationChannel.EMAIL,
                "geen-adres", version))).isInstanceOf(CaseStepRejected.class);
        assertThatThrownBy(() -> as("inwoner", () -> myCases.setNotifyBy(reference, NotificationChannel.EMAIL,
                "", version))).isInstanceOf(CaseStepRejected.class);
        var changed = as("inwoner", () -> myCases.setNotifyBy(reference, NotificationChannel.EMAIL,
                "inwoner@voorbeeld.nl", version)).detail();

        assertThat(changed.notifyBy()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(changed.contactEmail()).isEqualTo("inwoner@voorbeeld.nl");
        assertThatThrownBy(() -> as("inwoner", () -> myCases.setNotifyBy(reference, NotificationChannel.POST, null,
                version))).as("read before the change").isInstanceOf(CaseConflict.class);

        // No mail server in this context (spring.mail.host unset): the step succeeds, the e-mail waits.
        fixture.planConversation(reference);
        assertThat(jdbc.queryForList("SELECT n.channel || ':' || (n.sent_at IS NULL) FROM wmo_notification n"
                + " JOIN wmo_case c ON c.id = n.case_id WHERE c.reference = ? AND n.kind = 'CONVERSATION_PLANNED'",
                String.class, reference.value())).containsExactly("EMAIL:true");
    }

    private List<String> notificationKinds(CaseReference reference) {
        return jdbc.queryForList("SELECT n.kind FROM wmo_notification n JOIN wmo_case c ON c.id = n.case_id"
                + " WHERE c.reference = ? ORDER BY n.created_at", String.class, reference.value());
    }

    private long audited(String action, CaseReference reference) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = ? AND object_id = ?", Long.class,
                action, reference.value());
    }
}
