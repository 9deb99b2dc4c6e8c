package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.support.PostgresTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Counter sessions on PostgreSQL: checked start, acting for the resident only while open, every way it ends, audit, PDF. */
@PostgresTest
@WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
class CounterSessionsTest {

    private static final String EMPLOYEE_NAME = "Demo frontdesk";

    @Autowired
    CounterSessions counterSessions;

    @Autowired
    CounterSessionEnding ending;

    @Autowired
    Representations representations;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditEventRepository events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveTheCounter() {
        RequestContextHolder.resetRequestAttributes();
        ending.endSessionsLeftOpen();
    }

    @Test
    void refusesAStartWithEachMistakeNamedAtItsField() {
        var wrong = new CounterStart("123456789", " ", null, "12", false, Set.of());
        assertThatThrownBy(() -> counterSessions.start(wrong)).isInstanceOfSatisfying(CounterSessionRejected.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + "=" + p.code()).containsExactlyInAnyOrder(
                        "residentBsn=bsn.invalid", "residentName=name.missing", "document=document.missing",
                        "documentLast4=last4.invalid", "scope=scope.missing", "consent=consent.missing"));

        var alsoWrong = new CounterStart("", "x".repeat(201), IdentityDocument.PASSPORT, "AB-12345", true,
                Set.of(Matter.APPLICATIONS));
        assertThatThrownBy(() -> counterSessions.start(alsoWrong)).isInstanceOfSatisfying(
                CounterSessionRejected.class, e -> assertThat(e.problems()).extracting(p -> p.field() + "=" + p.code())
                        .containsExactlyInAnyOrder("residentBsn=bsn.missing", "residentName=name.too-long",
                                "documentLast4=last4.invalid"));
        assertThat(counterSessions.current()).isEmpty();
    }

    @Test
    void keepsOnlyTheLastFourCharactersOfTheDocumentInCapitals() {
        var session = counterSessions.start(start("999990032", "Jan Jansen", " x7 4k"));

        assertThat(jdbc.queryForObject("select document_last4 from counter_session where id = ?", String.class,
                session.id().value())).isEqualTo("X74K");
        assertThat(session.document()).isEqualTo(IdentityDocument.IDENTITY_CARD);
    }

    @Test
    void actsForTheResidentWhileOpenAndNotAMomentAfterItEnds() {
        var resident = new Bsn("999990044");
        var session = counterSessions.start(start(resident.value(), "Els de Boer", "1234"));

        assertThat(session.open()).isTrue();
        assertThat(session.employeeName()).isEqualTo(EMPLOYEE_NAME);
        assertThat(counterSessions.current()).map(CounterSessionSummary::id).contains(session.id());
        assertThat(representations.mayActFor(resident, Matter.APPLICATIONS)).isTrue();
        assertThat(representations.mayActFor(resident, Matter.PERSONAL_DETAILS)).as("outside the scope").isFalse();

        var ended = counterSessions.end();

        assertThat(ended).map(CounterSessionSummary::open).contains(false);
        assertThat(representations.mayActFor(resident, Matter.APPLICATIONS)).isFalse();
        assertThat(counterSessions.current()).isEmpty();
        assertThat(endReason(session)).isEqualTo("BY_EMPLOYEE");
        assertThat(jdbc.queryForObject("select r.status from representation r join counter_session c"
                + " on c.representation_id = r.id where c.id = ?", String.class, session.id().value()))
                .isEqualTo("ENDED");
    }

    @Test
    void refusesASecondOpenSessionForTheSameEmployee() {
        counterSessions.start(start("999990056", "Piet Pieters", "AB12"));

        assertThatThrownBy(() -> counterSessions.start(start("999990068", "Kees Kist", "CD34")))
                .isInstanceOfSatisfying(CounterSessionRejected.class, e -> assertThat(e.problems())
                        .containsExactly(new CounterSessionRejected.Problem(null, "session.open")));
        assertThat(counterSessions.current()).map(CounterSessionSummary::residentName).contains("Piet Pieters");
    }

    @Test
    void endsWhenTheHttpSessionItWasStartedInEndsButNotWhenAnotherOneOfTheEmployeeDoes() {
        var resident = new Bsn("999990081");
        var atTheCounter = new MockHttpSession();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request(atTheCounter)));
        var session = counterSessions.start(start(resident.value(), "Ans Aalders", "5678"));
        RequestContextHolder.resetRequestAttributes();

        var oldBrowser = signedInSession("frontdesk");
        publisher.publishEvent(new HttpSessionDestroyedEvent(oldBrowser));
        assertThat(counterSessions.current()).as("another browser's session ended").isPresent();

        publisher.publishEvent(new HttpSessionDestroyedEvent(atTheCounter));

        assertThat(counterSessions.current()).isEmpty();
        assertThat(representations.mayActFor(resident, Matter.APPLICATIONS)).isFalse();
        assertThat(endReason(session)).isEqualTo("SESSION_ENDED");
        assertThat(rowsAbout(resident)).first().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.ENDED);
            assertThat(row.channel()).isEqualTo(AuditChannel.SYSTEM);
            assertThat(row.reason()).isEqualTo("SESSION_ENDED");
        });
    }

    @Test
    void endsWhenAnHttpSessionOfTheEmployeeEndsThatItKnewNothingAbout() {
        var session = counterSessions.start(start("999990093", "Bram Bos", "9012"));

        publisher.publishEvent(new HttpSessionDestroyedEvent(signedInSession("frontdesk")));

        assertThat(counterSessions.current()).isEmpty();
        assertThat(endReason(session)).isEqualTo("SESSION_ENDED");
    }

    @Test
    void endsWhenTheEmployeeSignsOut() {
        var session = counterSessions.start(start("999990111", "Cor Claassen", "3456"));

        publisher.publishEvent(new LogoutSuccessEvent(new TestingAuthenticationToken("frontdesk", null)));

        assertThat(counterSessions.current()).isEmpty();
        assertThat(endReason(session)).isEqualTo("SIGNED_OUT");
    }

    @Test
    void endsSessionsACrashLeftOpenWhenThePortalStarts() {
        var resident = new Bsn("999990123");
        var session = counterSessions.start(start(resident.value(), "Dirk Dekker", "7890"));

        ending.endSessionsLeftOpen();

        assertThat(counterSessions.current()).isEmpty();
        assertThat(representations.mayActFor(resident, Matter.APPLICATIONS)).isFalse();
        assertThat(endReason(session)).isEqualTo("PORTAL_RESTARTED");
    }

    @Test
    void recordsWhatTheEmployeeDoesForTheResidentAsDoneAtTheCounter() {
        var resident = new Bsn("999990032");
        counterSessions.start(start(resident.value(), "Fenna Fokkema", "AA11"));
        audit.record(AuditAction.VIEWED, "application", "A-1", resident);
        counterSessions.end();
        audit.record(AuditAction.VIEWED, "application", "A-2", resident);

        var rows = rowsAbout(resident).reversed();
        assertThat(rows).extracting(row -> row.objectType() + "." + row.action() + "@" + row.channel())
                .endsWith("counter-session.CREATED@COUNTER", "application.VIEWED@COUNTER",
                        "counter-session.ENDED@COUNTER", "application.VIEWED@ONLINE");
        var atTheCounter = rows.get(rows.size() - 3);
        assertThat(atTheCounter.actorName()).isEqualTo(EMPLOYEE_NAME);
        assertThat(atTheCounter.actorRole()).isEqualTo(Role.FRONT_DESK);
        assertThat(atTheCounter.onBehalfOf()).isEqualTo(resident);
        assertThat(rows.getLast().onBehalfOf()).as("no longer acting for the resident").isNull();
    }

    @Test
    void handsOverATaggedDutchPdfWithoutTheFullBsnOrDocumentNumber() throws IOException {
        var resident = new Bsn("999990044");
        counterSessions.start(start(resident.value(), "Zoë van der Ploeg", "QZ93"));
        audit.record(AuditAction.VIEWED, "application", "A-3", resident);

        byte[] pdf = counterSessions.handOverPdf().orElseThrow();

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Overzicht van uw bezoek aan de balie", "Zoë van der Ploeg (BSN ******044)",
                    EMPLOYEE_NAME + ", baliemedewerker van Gemeente Wegwijs", "De medewerker begon u te helpen.",
                    "Uw gegevens zijn bekeken.", "Dit overzicht is gemaakt.", "log in met DigiD",
                    "http://localhost:8080", "identiteitskaart", "Het ging om: aanvragen, berichten.");
            assertThat(text).doesNotContain("999990044", "QZ93");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("nl-NL");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Overzicht van uw bezoek aan de balie");
        }
    }

    @Test
    @WithMockUser(username = "consultant", roles = "CONSULTANT")
    void isOnlyForFrontDeskEmployees() {
        assertThatThrownBy(() -> counterSessions.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counterSessions.start(start("999990056", "Piet Pieters", "AB12")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counterSessions.handOverPdf()).isInstanceOf(AccessDeniedException.class);
    }

    private static CounterStart start(String bsn, String name, String last4) {
        return new CounterStart(bsn, name, IdentityDocument.IDENTITY_CARD, last4, true,
                EnumSet.of(Matter.APPLICATIONS, Matter.MESSAGES));
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    private static MockHttpSession signedInSession(String username) {
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new TestingAuthenticationToken(username, null, "ROLE_FRONT_DESK")));
        return session;
    }

    private String endReason(CounterSessionSummary session) {
        return jdbc.queryForObject("select end_reason from counter_session where id = ?", String.class,
                session.id().value());
    }

    /** Newest first. */
    private List<AuditRecord> rowsAbout(Bsn resident) {
        return events.findBySubjectBsnOrderByOccurredAtDesc(resident.value(), PageRequest.of(0, 50)).stream()
                .map(AuditEvent::record).toList();
    }
}
