package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may act for whom, on PostgreSQL, with the signed-in person set as the portal sets it: a carer
 * gets nothing without a valid representation, guessing ids gives nothing away, and revoking or
 * passing the end date stops it at once. Every step leaves its line in the audit log.
 */
@PostgresTest
@Import(RepresentationsTestBeans.class)
// A context of its own (the test clock): its own search index folder, as Lucene locks the shared one.
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-representations")
class RepresentationsTest {

    static final Bsn RESIDENT = new Bsn("999990019");
    static final Bsn CARER = new Bsn("999990020");
    static final Bsn STRANGER = new Bsn("999990032");
    static final Bsn NEIGHBOUR = new Bsn("999990044");

    @Autowired
    Representations representations;

    @Autowired
    RepresentedPeople people;

    @Autowired
    ShiftedClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startFromNoRepresentations() {
        clock.reset();
        jdbc.update("DELETE FROM representation WHERE id NOT IN (SELECT representation_id FROM counter_session)");
        if (jdbc.queryForObject("SELECT count(*) FROM account WHERE username = 'stranger'", Long.class) == 0) {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO account (id, username, display_name, enabled, created_at, bsn)"
                    + " VALUES (?, 'stranger', 'Demo stranger', true, now(), ?)", id, STRANGER.value());
            jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'RESIDENT')", id);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void aCarerWithoutAValidRepresentationGetsNothingOfTheRelativesData() {
        as("carer", () -> {
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).isFalse();
            assertThat(people.overview(Locale.of("nl"))).isEmpty();
            representations.request(informal(RESIDENT));
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).as("only asked").isFalse();
            List<RepresentedPerson> overview = people.overview(Locale.of("nl"));
            assertThat(overview).hasSize(1);
            assertThat(overview.getFirst().matters()).as("no applications while waiting").isEmpty();
        });
        assertThat(auditCount("VIEWED", RESIDENT)).as("nothing of the resident was looked at").isZero();
    }

    @Test
    void guessedAndForeignIdsAnswerNotFoundAndAreLoggedAsDenied() {
        RepresentationSummary strangers = as("stranger", () -> representations.request(informal(RESIDENT)));
        RepresentationSummary own = as("carer", () -> representations.request(informal(RESIDENT)));
        RepresentationId guessed = RepresentationId.random();

        as("carer", () -> {
            assertThatThrownBy(() -> representations.confirm(guessed)).isInstanceOf(RepresentationNotFound.class);
            assertThatThrownBy(() -> representations.revoke(strangers.id())).isInstanceOf(RepresentationNotFound.class);
            assertThatThrownBy(() -> representations.confirm(strangers.id())).isInstanceOf(RepresentationNotFound.class);
            assertThatThrownBy(() -> representations.confirm(own.id()))
                    .as("a carer cannot consent to their own request").isInstanceOf(RepresentationNotFound.class);
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).isFalse();
        });
        assertThat(deniedFor("carer", guessed)).isEqualTo(1);
        assertThat(deniedFor("carer", strangers.id())).isEqualTo(2);
        assertThat(deniedFor("carer", own.id())).isEqualTo(1);
        assertThat(as("resident", () -> representations.aboutMe())).extracting(RepresentationSummary::status)
                .as("nothing changed").containsOnly(RepresentationStatus.REQUESTED);
    }

    @Test
    void aRevokedRepresentationStopsWorkingAtOnceAndEveryStepIsAudited() {
        RepresentationSummary asked = as("carer", () -> representations.request(informal(RESIDENT)));
        as("resident", () -> representations.confirm(asked.id()));
        as("carer", () -> {
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).isTrue();
            assertThat(representations.mayActFor(RESIDENT, Matter.PERSONAL_DETAILS)).as("outside the scope").isFalse();
            assertThat(people.overview(Locale.of("nl")).getFirst().matters().get(Matter.APPLICATIONS))
                    .as("the test's applications bean; the real module may add the resident's own cases")
                    .extracting(MatterItem::title).contains(RepresentationsTestBeans.APPLICATION_TITLE);
        });
        assertThat(auditCount("VIEWED", RESIDENT)).as("the dashboard view is logged").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT on_behalf_bsn FROM audit_event WHERE action = 'VIEWED'"
                + " AND object_id = ?", String.class, asked.id().value().toString())).isEqualTo(RESIDENT.value());

        as("resident", () -> representations.revoke(asked.id()));
        as("carer", () -> {
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).isFalse();
            assertThat(people.overview(Locale.of("nl")).getFirst().matters()).isEmpty();
        });
        assertThat(actions(asked.id())).containsExactly("CREATED", "CONFIRMED", "VIEWED", "REVOKED");
    }

    @Test
    void anExpiredRepresentationStopsWorkingAtOnce() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(1);
        RepresentationSummary asked = as("carer", () -> representations.request(
                new ConsentRequest(RESIDENT.value(), "Demo resident", RepresentationBasis.INFORMAL_CARER,
                        Set.of(Matter.APPLICATIONS), tomorrow, null)));
        as("resident", () -> representations.confirm(asked.id()));
        var end = asked.validUntil();
        assertThat(asked.lastDay()).contains(tomorrow);

        clock.advance(Duration.between(clock.instant(), end).minusSeconds(1));
        as("carer", () -> assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS))
                .as("the last second of the last day").isTrue());
        clock.advance(Duration.ofSeconds(1));
        as("carer", () -> {
            assertThat(representations.mayActFor(RESIDENT, Matter.APPLICATIONS)).isFalse();
            assertThat(people.overview(Locale.of("nl")).getFirst().matters()).isEmpty();
        });
    }

    @Test
    void aRequestWithMistakesNamesEachFieldAndStoresNothing() {
        as("carer", () -> {
            assertThat(problems(new ConsentRequest(" ", "", null, Set.of(), null, null))).containsExactly(
                    "representeeBsn=bsn.missing", "representeeName=name.missing", "basis=basis.invalid",
                    "scope=scope.missing");
            assertThat(problems(new ConsentRequest("999990018", "Piet", RepresentationBasis.CURATOR,
                    Set.of(Matter.MESSAGES), LocalDate.now().minusDays(1), " "))).containsExactly(
                    "representeeBsn=bsn.invalid", "evidence=evidence.missing", "validUntil=until.past");
            assertThat(problems(new ConsentRequest(CARER.value(), "Mijzelf", RepresentationBasis.COUNTER,
                    Set.of(Matter.MESSAGES), LocalDate.now().plusYears(6), null))).containsExactly(
                    "representeeBsn=bsn.own", "basis=basis.invalid", "validUntil=until.too-far");
            assertThat(representations.check(informal(NEIGHBOUR))).isEmpty();
            representations.request(informal(NEIGHBOUR));
            assertThat(problems(informal(NEIGHBOUR))).containsExactly("representeeBsn=already");
            assertThat(representations.actingFor()).hasSize(1);
        });
    }

    @Test
    void staffApproveLegalRepresentativesAndResidentsCannot() {
        RepresentationSummary curator = as("carer", () -> representations.request(new ConsentRequest(
                NEIGHBOUR.value(), "Buurman", RepresentationBasis.CURATOR, Set.of(Matter.APPLICATIONS), null,
                "C/19/123456 / FA RK 26-789")));
        as("resident", () -> assertThatThrownBy(() -> representations.awaitingCheck())
                .isInstanceOf(AccessDeniedException.class));
        as("carer", () -> assertThatThrownBy(() -> representations.confirm(curator.id()))
                .isInstanceOf(RepresentationNotFound.class));
        as("frontdesk", () -> {
            assertThat(representations.awaitingCheck()).extracting(RepresentationSummary::evidence)
                    .containsExactly("C/19/123456 / FA RK 26-789");
            representations.confirmEvidence(curator.id());
        });
        as("carer", () -> assertThat(representations.mayActFor(NEIGHBOUR, Matter.APPLICATIONS)).isTrue());
        assertThat(actions(curator.id())).containsExactly("CREATED", "DENIED", "VIEWED", "CONFIRMED");
    }

    private static ConsentRequest informal(Bsn representee) {
        return new ConsentRequest(representee.value(), "Iemand", RepresentationBasis.INFORMAL_CARER,
                Set.of(Matter.APPLICATIONS, Matter.MESSAGES), null, null);
    }

    private List<String> problems(ConsentRequest request) {
        List<String> checked = representations.check(request).stream().map(p -> p.field() + "=" + p.code()).toList();
        List<String> thrown = List.of();
        try {
            representations.request(request);
        } catch (RepresentationRejected rejected) {
            thrown = rejected.problems().stream().map(p -> p.field() + "=" + p.code()).toList();
        }
        assertThat(checked).as("check() and request() agree").isEqualTo(thrown);
        return thrown;
    }

    private long auditCount(String action, Bsn subject) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = ? AND subject_bsn = ?"
                + " AND object_id IN (SELECT CAST(id AS VARCHAR) FROM representation)", Long.class, action, subject.value());
    }

    private long deniedFor(String username, RepresentationId id) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id"
                + " WHERE e.action = 'DENIED' AND a.username = ? AND e.object_id = ?", Long.class, username,
                id.value().toString());
    }

    private List<String> actions(RepresentationId id) {
        return jdbc.queryForList("SELECT action FROM audit_event WHERE object_id = ? ORDER BY id", String.class,
                id.value().toString());
    }

    private <T> T as(String username, Supplier<T> work) {
        var roles = jdbc.queryForList("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.username = ?", String.class, username).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, roles));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
