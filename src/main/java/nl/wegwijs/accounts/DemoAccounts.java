package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demonstration accounts of the embedded default, one per kind of user, each with
 * the password {@value #PASSWORD}. Never active in the {@code postgres} production profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnBooleanProperty("wegwijs.demo-accounts")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    /** User names (in the order shown in the log) and roles; other tools and tests rely on these names. */
    static final Map<String, Set<Role>> ACCOUNTS = accounts();

    /** Test BSNs (they pass the eleven-check, in the range the government keeps for testing) of the demo residents. */
    static final Map<String, String> BSNS = Map.of("resident", "999990019", "carer", "999990020");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Plain JDBC: starting JPA's query and persistence machinery for nine rows would cost the
        // start-up more than a second on a 2-core machine; the hash is only made when needed.
        Set<String> existing = Set.copyOf(jdbc.queryForList("select lower(username) from account", String.class));
        List<String> missing = ACCOUNTS.keySet().stream().filter(username -> !existing.contains(username)).toList();
        if (!missing.isEmpty()) {
            Instant now = clock.instant();
            String hash = passwordEncoder.encode(PASSWORD);
            OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
            for (String username : missing) {
                UUID id = AccountId.random().value();
                jdbc.update("insert into account (id, username, password_hash, display_name, enabled, created_at, bsn)"
                        + " values (?, ?, ?, ?, true, ?, ?)", id, username, hash, "Demo " + username, created,
                        BSNS.get(username));
                ACCOUNTS.get(username).forEach(role ->
                        jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name()));
            }
        }
        log.warn("Demo mode: these accounts sign in with the password '{}': {}. "
                + "They never exist in the 'postgres' profile.", PASSWORD, String.join(", ", ACCOUNTS.keySet()));
    }

    private static Map<String, Set<Role>> accounts() {
        var accounts = new LinkedHashMap<String, Set<Role>>();
        accounts.put("resident", Set.of(Role.RESIDENT));
        accounts.put("carer", Set.of(Role.RESIDENT));
        accounts.put("frontdesk", Set.of(Role.FRONT_DESK));
        accounts.put("consultant", Set.of(Role.CONSULTANT));
        accounts.put("volunteer", Set.of(Role.VOLUNTEER));
        accounts.put("crisis", Set.of(Role.CRISIS_WORKER));
        accounts.put("coordinator", Set.of(Role.COORDINATOR));
        accounts.put("editor", Set.of(Role.EDITOR));
        accounts.put("admin", Set.of(Role.ADMIN));
        return Collections.unmodifiableMap(accounts);
    }
}
