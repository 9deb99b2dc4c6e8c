package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wegwijs.accounts.AccountSummary;
import nl.wegwijs.accounts.Role;
import nl.wegwijs.accounts.StaffAccounts;
import nl.wegwijs.support.Http;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PostgresTest
class PortalOnPostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffAccounts accounts;

    @Test
    void runsOnPostgresqlWithTheMigrationsApplied() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void seedsExactlyTheNineDemoAccountsWithTheirRoles() {
        assertThat(accounts.all()).extracting(AccountSummary::username).containsExactlyInAnyOrder(
                "resident", "carer", "frontdesk", "consultant", "volunteer", "crisis", "coordinator", "editor", "admin");
        assertThat(accounts.all()).filteredOn(account -> account.username().equals("crisis"))
                .singleElement().extracting(AccountSummary::roles).isEqualTo(java.util.Set.of(Role.CRISIS_WORKER));
        assertThat(accounts.all()).filteredOn(account -> account.username().equals("carer"))
                .singleElement().extracting(AccountSummary::roles).isEqualTo(java.util.Set.of(Role.RESIDENT));
    }

    @Test
    @WithMockUser(roles = "RESIDENT")
    void onlyAdministratorsMayListAccounts() {
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void storesPasswordsOnlyAsHashes() {
        assertThat(jdbc.queryForList("select password_hash from account", String.class))
                .hasSize(9)
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo"));
    }

    @Test
    void servesTheHomePageWithSecurityHeaders() {
        var response = Http.get(port, "/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS").isEmpty();
        assertThat(response.body()).contains("<html lang=\"nl\"");
    }

    @Test
    void answersAnUnknownAddressWithNotFound() {
        assertThat(Http.get(port, "/deze-pagina-bestaat-niet").statusCode()).isEqualTo(404);
    }

    @Test
    void sendsVisitorsOfAProtectedPageToTheLoginPage() {
        var response = Http.get(port, "/beheer/accounts");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
    }

    @Test
    void reportsLivenessAndReadinessIncludingDatabaseAndDataFolder() {
        assertThat(Http.get(port, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        var readiness = Http.get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void exposesPrometheusMetrics() {
        var metrics = Http.get(port, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void keepsOtherActuatorEndpointsClosed() {
        assertThat(Http.get(port, "/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(Http.get(port, "/actuator/env").body()).doesNotContain("spring.datasource");
    }
}
