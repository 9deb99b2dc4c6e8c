package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        String hash = passwordEncoder.encode(PASSWORD);
        ACCOUNTS.forEach((username, roles) -> {
            if (!repository.existsByUsernameIgnoreCase(username)) {
                repository.save(new Account(username, hash, "Demo " + username, roles, now));
            }
        });
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
