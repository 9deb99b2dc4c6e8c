package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The run command's configuration, untouched but for a fresh data folder: H2 in PostgreSQL mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class EmbeddedDefaultSmokeTest {

    private static final Path DATA = freshFolder();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsOnH2InTheDataFolderWithTheSameMigrationsAndTheDemoAccounts() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).isNotBlank();
        assertThat(DATA.resolve("db/wegwijs.mv.db")).exists();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(9);
    }

    @Test
    void servesTheHomePageAndIsReady() {
        assertThat(Http.get(port, "/").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    private static Path freshFolder() {
        try {
            return Files.createTempDirectory("wegwijs-smoke").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
