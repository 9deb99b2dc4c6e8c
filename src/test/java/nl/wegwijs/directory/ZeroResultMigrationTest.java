package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V5 turns the old totals (first and last day) into day counts that never claim more recent
 * searches than happened. Runs the migrations in a schema of its own on the test PostgreSQL.
 */
class ZeroResultMigrationTest {

    private static final String SCHEMA = "zero_result_migration";

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            env("WEGWIJS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/wegwijs_test"),
            env("WEGWIJS_TEST_DB_USER", "wegwijs"), env("WEGWIJS_TEST_DB_PASSWORD", "wegwijs"));
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @AfterEach
    void dropSchema() {
        flyway("5").clean();
    }

    @Test
    void oldTotalsBecomeDayCountsOnTheirFirstAndLastDay() {
        Flyway before = flyway("3");
        before.clean();
        before.migrate();
        LocalDate first = LocalDate.of(2026, 9, 1);
        LocalDate last = LocalDate.of(2026, 11, 20);
        insertOld("rolstoeltaxi", 12, first, last);
        insertOld("eenmalig", 4, last, last);
        insertOld("twee keer", 2, first, last);

        flyway("5").migrate();

        assertThat(days("rolstoeltaxi")).containsExactly(first + "=11", last + "=1");
        assertThat(days("eenmalig")).containsExactly(last + "=4");
        assertThat(days("twee keer")).containsExactly(first + "=1", last + "=1");
        assertThat(jdbc.queryForObject("select sum(searches) from " + SCHEMA + ".directory_zero_result_day",
                Long.class)).as("no search lost or invented").isEqualTo(18);
    }

    private void insertOld(String query, long searches, LocalDate firstSeen, LocalDate lastSeen) {
        jdbc.update("insert into " + SCHEMA + ".directory_zero_result (query, searches, first_seen, last_seen)"
                + " values (?, ?, ?, ?)", query, searches, firstSeen, lastSeen);
    }

    private java.util.List<String> days(String query) {
        return jdbc.query("select searched_on, searches from " + SCHEMA + ".directory_zero_result_day"
                + " where query = ? order by searched_on", (rs, n) -> rs.getDate(1).toLocalDate() + "="
                + rs.getLong(2), query);
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).cleanDisabled(false).load();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
