package nl.wegwijs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.ConsentRequest;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.accounts.CounterStart;
import nl.wegwijs.accounts.IdentityDocument;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.support.PostgresTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Melding drafts on PostgreSQL, with the signed-in person set as the portal sets it: resuming at
 * the step reached, no silent overwrite, one case however often it is submitted, uploads checked
 * by content, and nobody but the author (while they may act for the subject) sees a draft.
 */
@PostgresTest
class MeldingDraftsTest {

    static final Bsn RESIDENT = new Bsn("999990019");
    static final Bsn WALK_IN = new Bsn("999990093");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MeldingDrafts drafts;

    @Autowired
    MeldingConfirmations confirmations;

    @Autowired
    Representations representations;

    @Autowired
    CounterSessions counterSessions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noOpenDraftsNorRepresentations() {
        jdbc.update("DELETE FROM wmo_document WHERE case_id IS NULL");
        jdbc.update("DELETE FROM melding_draft WHERE submitted_case IS NULL");
        jdbc.update("DELETE FROM representation WHERE id NOT IN (SELECT representation_id FROM counter_session)");
        if (jdbc.queryForObject("SELECT count(*) FROM account WHERE username = 'stranger'", Long.class) == 0) {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO account (id, username, display_name, enabled, created_at, bsn)"
                    + " VALUES (?, 'stranger', 'Demo stranger', true, now(), '999990032')", id);
            jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'RESIDENT')", id);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        as("frontdesk", () -> counterSessions.end());
    }

    @Test
    void resumesAtTheStepReachedWithEveryAnswer() {
        DraftView started = as("resident", () -> drafts.startOrResume(RESIDENT));
        assertThat(started.step()).isEqualTo(MeldingStep.DIFFICULTIES);
        assertThat(started.filedBy()).isEqualTo(FiledBy.SELF);

        var answers = withDifficulties(MeldingAnswers.empty());
        DraftView saved = as("resident", () -> drafts.save(started.id(), answers, MeldingStep.OWN_SOLUTIONS,
                started.version()));
        DraftView savedAgain = as("resident", () -> drafts.save(saved.id(), answers, MeldingStep.CARER,
                saved.version()));

        DraftView resumed = as("resident", () -> drafts.startOrResume(RESIDENT));
        assertThat(resumed.id()).isEqualTo(started.id());
        assertThat(resumed.step()).isEqualTo(MeldingStep.CARER);
        assertThat(resumed.answers()).isEqualTo(answers);
        assertThat(resumed.version()).isEqualTo(savedAgain.version()).isGreaterThan(started.version());
        assertThat(as("resident", () -> drafts.mine())).extracting(DraftView::id).containsExactly(started.id());
    }

    @Test
    void neverLetsTheAuthorSkipAStepThatStillHasAProblem() {
        DraftView started = as("resident", () -> drafts.startOrResume(RESIDENT));
        DraftView saved = as("resident", () -> drafts.save(started.id(), MeldingAnswers.empty(), MeldingStep.CHECK,
                started.version()));
        assertThat(saved.step()).isEqualTo(MeldingStep.DIFFICULTIES);
    }

    @Test
    void aSaveWithAStaleVersionIsAConflictAndChangesNothing() {
        DraftView started = as("resident", () -> drafts.startOrResume(RESIDENT));
        var fromTabOne = withDifficulties(MeldingAnswers.empty());
        as("resident", () -> drafts.save(started.id(), fromTabOne, MeldingStep.OWN_SOLUTIONS, started.version()));

        var fromTabTwo = new MeldingAnswers(Map.of(LifeDomain.MONEY, "Rekeningen"), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> as("resident", () -> drafts.save(started.id(), fromTabTwo, MeldingStep.OWN_SOLUTIONS,
                started.version()))).isInstanceOf(CaseConflict.class);
        assertThat(as("resident", () -> drafts.get(started.id())).answers()).isEqualTo(fromTabOne);
    }

    @Test
    void submittingTwiceOrAtOnceGivesOneCase() throws Exception {
        DraftView draft = complete("resident", RESIDENT);

        CaseReference first = as("resident", () -> drafts.submit(draft.id()));
        CaseReference again = as("resident", () -> drafts.submit(draft.id()));
        assertThat(again).isEqualTo(first);
        assertThat(casesOf(draft.id())).isEqualTo(1);

        DraftView other = complete("resident", RESIDENT);
        var start = new CountDownLatch(1);
        Callable<CaseReference> click = () -> {
            start.await();
            return as("resident", () -> drafts.submit(other.id()));
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var one = pool.submit(click);
            var two = pool.submit(click);
            start.countDown();
            assertThat(one.get()).isEqualTo(two.get()).isNotEqualTo(first);
        }
        assertThat(casesOf(other.id())).isEqualTo(1);
        assertThat(as("resident", () -> drafts.mine())).isEmpty();
    }

    @Test
    void anIncompleteMeldingIsRefusedWithWhatIsMissingAndKeepsItsAnswers() {
        DraftView started = as("resident", () -> drafts.startOrResume(RESIDENT));
        var answers = withDifficulties(MeldingAnswers.empty());
        DraftView saved = as("resident", () -> drafts.save(started.id(), answers, MeldingStep.CARER,
                started.version()));

        assertThatThrownBy(() -> as("resident", () -> drafts.submit(saved.id())))
                .isInstanceOfSatisfying(MeldingRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(MeldingProblem::field).contains("hasCarer", "postcode", "urgency"));
        assertThat(as("resident", () -> drafts.get(saved.id())).answers()).isEqualTo(answers);
        assertThat(casesOf(saved.id())).isZero();
    }

    @Test
    void uploadsThatAreEmptyTooLargeOrNotPdfJpegOrPngAreRefusedWithTheReason() {
        DraftView draft = as("resident", () -> drafts.startOrResume(RESIDENT));
        assertThat(refusal(draft, new byte[0])).isEqualTo("empty");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(refusal(draft, tooLarge)).isEqualTo("too-large");
        assertThat(refusal(draft, "MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a program renamed to .pdf").isEqualTo("wrong-type");
        assertThat(refusal(draft, "<html><body>plan</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("wrong-type");

        DocumentSummary kept = as("resident", () -> drafts.attach(draft.id(), DocumentKind.PERSONAL_PLAN,
                "../../mijn plan.exe", PDF));
        assertThat(kept.contentType()).isEqualTo("application/pdf");
        assertThat(kept.fileName()).isEqualTo("mijn plan.pdf");
        assertThat(as("resident", () -> drafts.get(draft.id())).documents()).extracting(DocumentSummary::id)
                .containsExactly(kept.id());
    }

    @Test
    void nobodyButTheAuthorReadsOrChangesADraft() {
        DraftView draft = as("resident", () -> drafts.startOrResume(RESIDENT));

        for (String other : List.of("carer", "stranger")) {
            assertThatThrownBy(() -> as(other, () -> drafts.get(draft.id()))).isInstanceOf(CaseNotFound.class);
            assertThatThrownBy(() -> as(other, () -> drafts.save(draft.id(), MeldingAnswers.empty(),
                    MeldingStep.DIFFICULTIES, draft.version()))).isInstanceOf(CaseNotFound.class);
            assertThatThrownBy(() -> as(other, () -> drafts.attach(draft.id(), DocumentKind.ATTACHMENT, "a.pdf",
                    PDF))).isInstanceOf(CaseNotFound.class);
            assertThatThrownBy(() -> as(other, () -> drafts.startOrResume(RESIDENT)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(as(other, () -> drafts.mine())).isEmpty();
        }
        assertThatThrownBy(() -> as("resident", () -> drafts.get(new DraftId(UUID.randomUUID()))))
                .isInstanceOf(CaseNotFound.class);
    }

    @Test
    void aCarerFilesUnderARepresentationAndLosesTheDraftWhenItIsRevoked() throws IOException {
        var asked = as("carer", () -> representations.request(new ConsentRequest(RESIDENT.value(), "Demo resident",
                RepresentationBasis.INFORMAL_CARER, Set.of(Matter.APPLICATIONS), null, null)));
        assertThatThrownBy(() -> as("carer", () -> drafts.startOrResume(RESIDENT)))
                .as("asked, not yet agreed").isInstanceOf(AccessDeniedException.class);
        as("resident", () -> representations.confirm(asked.id()));

        DraftView draft = complete("carer", RESIDENT);
        assertThat(draft.filedBy()).isEqualTo(FiledBy.REPRESENTATIVE);
        CaseReference reference = as("carer", () -> drafts.submit(draft.id()));

        var confirmation = as("carer", () -> confirmations.of(reference));
        assertThat(confirmation.filedBy()).isEqualTo(FiledBy.REPRESENTATIVE);
        assertThat(confirmation.investigationDue()).isAfter(confirmation.receivedOn().plusWeeks(6).minusDays(1));
        assertThat(as("resident", () -> confirmations.of(reference)).reference()).as("the subject").isEqualTo(reference);
        assertThatThrownBy(() -> as("stranger", () -> confirmations.of(reference))).isInstanceOf(CaseNotFound.class);
        try (var pdf = Loader.loadPDF(as("carer", () -> confirmations.receiptPdf(reference)))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(reference.value(), "cliëntondersteuner").doesNotContain(RESIDENT.value());
        }

        DraftView next = as("carer", () -> drafts.startOrResume(RESIDENT));
        as("resident", () -> representations.revoke(asked.id()));
        assertThatThrownBy(() -> as("carer", () -> drafts.get(next.id()))).isInstanceOf(CaseNotFound.class);
        assertThat(as("carer", () -> drafts.mine())).isEmpty();
    }

    @Test
    void theFrontDeskFilesForTheWalkInOnlyWhileTheCounterSessionIsOpen() {
        as("frontdesk", () -> counterSessions.start(new CounterStart(WALK_IN.value(), "Jet Jansma",
                IdentityDocument.IDENTITY_CARD, "AB12", true, EnumSet.of(Matter.APPLICATIONS))));
        DraftView draft = complete("frontdesk", WALK_IN);
        assertThat(draft.filedBy()).isEqualTo(FiledBy.COUNTER);
        assertThat(draft.subjectName()).isEqualTo("Jet Jansma");
        CaseReference reference = as("frontdesk", () -> drafts.submit(draft.id()));
        DraftView unfinished = as("frontdesk", () -> drafts.startOrResume(WALK_IN));

        as("frontdesk", () -> counterSessions.end());

        assertThatThrownBy(() -> as("frontdesk", () -> drafts.get(unfinished.id()))).isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> as("frontdesk", () -> drafts.startOrResume(WALK_IN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("frontdesk", () -> confirmations.of(reference)).subjectName())
                .as("the author keeps the receipt to hand over").isEqualTo("Jet Jansma");
    }

    private String refusal(DraftView draft, byte[] content) {
        try {
            as("resident", () -> drafts.attach(draft.id(), DocumentKind.ATTACHMENT, "brief.pdf", content));
        } catch (DocumentRejected rejected) {
            return rejected.reasonKey();
        }
        return "accepted";
    }

    private DraftView complete(String username, Bsn subject) {
        DraftView draft = as(username, () -> drafts.startOrResume(subject));
        return as(username, () -> drafts.save(draft.id(), completeAnswers(), MeldingStep.CHECK, draft.version()));
    }

    static MeldingAnswers completeAnswers() {
        return new MeldingAnswers(Map.of(LifeDomain.HOUSEHOLD, "Schoonmaken lukt niet meer"), "Ik kook zelf",
                "Mijn zoon doet boodschappen", false, null, null, "7941 AB", "12", "06 12345678", null,
                ContactMethod.PHONE, "Dinsdagochtend", NotificationChannel.POST, Urgency.NORMAL, null, null);
    }

    private static MeldingAnswers withDifficulties(MeldingAnswers base) {
        return new MeldingAnswers(Map.of(LifeDomain.HOUSEHOLD, "Stofzuigen lukt niet", LifeDomain.GETTING_AROUND,
                "De trap is te steil"), base.ownStrength(), base.network(), base.hasCarer(), base.carerName(),
                base.carerSituation(), base.postcode(), base.houseNumber(), base.phone(), base.email(),
                base.contactBy(), base.preferredTime(), base.notifyBy(), base.urgency(), base.urgencyReason(),
                base.personalPlan());
    }

    private int casesOf(DraftId draft) {
        return jdbc.queryForObject("SELECT count(*) FROM wmo_case WHERE draft_id = ?", Integer.class, draft.value());
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        var roles = jdbc.queryForList("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.username = ?", String.class, username).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, roles));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
