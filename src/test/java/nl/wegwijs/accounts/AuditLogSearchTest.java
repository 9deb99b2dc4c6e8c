package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Administrators search the audit log; residents see what concerned them; the log itself stays append-only. */
@PostgresTest
class AuditLogSearchTest {

    private static final Bsn RESIDENT = new Bsn("999990019");
    private static final Bsn OTHER = new Bsn("999990032");

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    private final String objectId = UUID.randomUUID().toString();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void searchesByBsnActorActionAndDateNewestFirstAndRecordsTheBsnSearch() {
        SignedIn.as("frontdesk", Role.FRONT_DESK);
        auditLog.record(AuditAction.VIEWED, "application", objectId, RESIDENT);
        auditLog.record(AuditAction.CHANGED, "application", objectId, RESIDENT);
        auditLog.record(AuditAction.VIEWED, "application", objectId, OTHER);
        SignedIn.as("consultant", Role.CONSULTANT);
        auditLog.record(AuditAction.VIEWED, "application", objectId, RESIDENT);

        SignedIn.as("admin", Role.ADMIN);
        LocalDate today = LocalDate.now(AuditLog.ZONE);
        AuditPage byFrontDesk = auditLog.search(new AuditQuery(RESIDENT, "FRONTDESK", null, today, today, 0));
        AuditPage changes = auditLog.search(new AuditQuery(RESIDENT, null, AuditAction.CHANGED, null, null, 0));
        AuditPage yesterday = auditLog.search(new AuditQuery(RESIDENT, null, null, today.minusDays(3),
                today.minusDays(1), 0));

        assertThat(byFrontDesk.rows()).filteredOn(row -> objectId.equals(row.objectId()))
                .extracting(AuditRecord::action).containsExactly(AuditAction.CHANGED, AuditAction.VIEWED);
        assertThat(byFrontDesk.rows()).allSatisfy(row -> assertThat(row.subject()).isEqualTo(RESIDENT));
        assertThat(byFrontDesk.rows().getFirst().subject().toString()).isEqualTo("******019");
        assertThat(changes.rows()).filteredOn(row -> objectId.equals(row.objectId()))
                .singleElement().satisfies(row -> {
                    assertThat(row.actorName()).isEqualTo("Demo frontdesk");
                    assertThat(row.actorRole()).isEqualTo(Role.FRONT_DESK);
                });
        assertThat(yesterday.rows()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_type = 'audit-log'"
                + " AND action = 'VIEWED' AND subject_bsn = ? AND actor_name = 'Demo admin'", Long.class,
                RESIDENT.value())).as("each BSN search is itself recorded").isGreaterThanOrEqualTo(3);
    }

    @Test
    void pagesHoldFiftyRowsAndTellWhetherMoreFollow() {
        SignedIn.as("consultant", Role.CONSULTANT);
        Bsn subject = new Bsn("999990044");
        for (int i = 0; i < AuditQuery.PAGE_SIZE + 3; i++) {
            auditLog.record(AuditAction.CHANGED, "application", objectId + "-" + i, subject);
        }
        SignedIn.as("admin", Role.ADMIN);
        AuditQuery query = new AuditQuery(subject, null, AuditAction.CHANGED, null, null, 0);

        AuditPage first = auditLog.search(query);
        AuditPage second = auditLog.search(query.withPage(1));

        assertThat(first.rows()).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.rows().getFirst().objectId()).isEqualTo(objectId + "-" + (AuditQuery.PAGE_SIZE + 2));
        assertThat(second.rows()).hasSize(3);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void anActorNameWithLikeWildcardsIsTakenLiterally() {
        SignedIn.as("admin", Role.ADMIN);
        assertThat(auditLog.search(new AuditQuery(null, "%", null, null, null, 0)).rows()).isEmpty();
        assertThat(auditLog.search(new AuditQuery(null, "demo_", null, null, null, 0)).rows()).isEmpty();
    }

    @Test
    void aResidentSeesWhoLookedAtTheirDataAndOnlyTheirs() {
        SignedIn.as("frontdesk", Role.FRONT_DESK);
        auditLog.record(AuditAction.VIEWED, "personal-details", objectId, RESIDENT);
        auditLog.record(AuditAction.VIEWED, "personal-details", objectId, OTHER);

        SignedIn.as("resident", Role.RESIDENT);
        var mine = auditLog.aboutMe(100);

        assertThat(mine).filteredOn(row -> objectId.equals(row.objectId())).singleElement().satisfies(row -> {
            assertThat(row.actorName()).isEqualTo("Demo frontdesk");
            assertThat(row.actorRole()).isEqualTo(Role.FRONT_DESK);
        });
        assertThat(mine).allSatisfy(row -> assertThat(row.subject()).isEqualTo(RESIDENT));
    }

    @Test
    void onlyAdministratorsSearchAndTheDatabaseRefusesToChangeARow() {
        SignedIn.as("consultant", Role.CONSULTANT);
        assertThatThrownBy(() -> auditLog.search(AuditQuery.everything())).isInstanceOf(AccessDeniedException.class);
        auditLog.record(AuditAction.VIEWED, "application", objectId, RESIDENT);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor_name = 'x' WHERE object_id = ?", objectId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE object_id = ?", objectId))
                .hasMessageContaining("append-only");
    }
}
