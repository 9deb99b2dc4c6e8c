package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void startsOnH2InTheDataFolderWithTheSameMigrationsAndTheDemoAccounts() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).isNotBlank();
        assertThat(DATA.resolve("db/wegwijs.mv.db")).exists();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(9);
        UserDetails editor = users.loadUserByUsername("editor");
        assertThat(passwords.matches("demo", editor.getPassword())).as("signs in with 'demo'").isTrue();
        assertThat(editor.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EDITOR");
    }

    @Test
    void isReady() {
        assertThat(Http.get(port, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    /** The first response carries the rendered view (eager server load), so plain HTTP can check it. */
    @ParameterizedTest(name = "/{0}")
    @CsvSource({
        "'', Waar kunnen we u mee helpen?, How can we help you?",
        "sociale-kaart, Hulp in de buurt zoeken, Find help nearby",
        "zelftest, Zelftest: welke hulp past bij u?, Self-test: which help fits you?",
        "aanvragen, Hulp aanvragen, Apply for support",
        "praten, Anoniem praten, Talk anonymously",
        "login, Inloggen, Sign in",
        "toegankelijkheid, Toegankelijkheidsverklaring, Accessibility statement"
    })
    void servesEveryEntryPageInDutchAndEnglish(String path, String dutch, String english) {
        var inDutch = Http.get(port, "/" + path);
        assertThat(inDutch.statusCode()).isEqualTo(200);
        assertThat(inDutch.body()).contains("<html lang=\"nl\"").contains(dutch);
        var inEnglish = Http.get(port, "/" + path + "?lang=en");
        assertThat(inEnglish.statusCode()).isEqualTo(200);
        assertThat(inEnglish.body()).contains("<html lang=\"en\"").contains(english);
    }

    private static Path freshFolder() {
        try {
            return Files.createTempDirectory("wegwijs-smoke").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
