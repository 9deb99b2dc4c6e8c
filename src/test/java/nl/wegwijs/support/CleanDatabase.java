package nl.wegwijs.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Empties the test database once per test run (JVM) before migrating, so every run starts from
 * the same state whatever an earlier run left behind; later contexts in the same run only migrate.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.add(identity(flyway))) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    private static String identity(Flyway flyway) {
        var configuration = flyway.getConfiguration();
        return configuration.getUrl() + "|" + String.join(",", configuration.getSchemas());
    }
}
