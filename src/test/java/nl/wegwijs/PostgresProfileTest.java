package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.support.CleanDatabase;
import nl.wegwijs.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile: connection from the WEGWIJS_DB_* variables, no demo accounts, HSTS and
 * secure cookies behind a TLS proxy. Uses its own schema of the test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "WEGWIJS_DB_URL=${WEGWIJS_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/wegwijs_test}",
    "WEGWIJS_DB_USER=${WEGWIJS_TEST_DB_USER:wegwijs}",
    "WEGWIJS_DB_PASSWORD=${WEGWIJS_TEST_DB_PASSWORD:wegwijs}",
    "spring.datasource.hikari.schema=production_profile",
    "spring.flyway.schemas=production_profile",
    "spring.flyway.clean-disabled=false",
    "wegwijs.data-dir=target/test-data-production",
    "vaadin.devmode.devTools.enabled=false",
    "wegwijs.embeddable-paths=/praten"
})
@ActiveProfiles("postgres")
@Import(CleanDatabase.class)
class PostgresProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void createsNoDemoAccounts() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("production_profile");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
        assertThat(context.containsBean("demoAccounts")).isFalse();
    }

    @Test
    void letsOtherSitesFrameOnlyTheEmbeddablePages() {
        assertThat(Http.get(port, "/praten").headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(Http.get(port, "/sociale-kaart").headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void sendsHstsAndASecureSessionCookieBehindATlsProxy() {
        var response = Http.get(port, "/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "wegwijs.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }
}
