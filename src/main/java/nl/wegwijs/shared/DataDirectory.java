package nl.wegwijs.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The folder where Wegwijs keeps its files (embedded database, search index). Created on first
 * start and reported as a readiness health component: the portal is not ready if it cannot
 * write there.
 */
@Component("dataDirectory")
public class DataDirectory implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private final Path root;

    DataDirectory(WegwijsProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root
                    + "; set wegwijs.data-dir (WEGWIJS_DATA_DIR) to a writable folder", e);
        }
        log.info("Data folder: {}", root);
    }

    /** The folder itself. Anyone: the portal reads it while starting, before anybody signs in. */
    @PreAuthorize("permitAll()")
    public Path root() {
        return root;
    }

    /** Anyone: the readiness probe asks without signing in, and the answer holds no details. */
    @Override
    @PreAuthorize("permitAll()")
    public Health health() {
        if (Files.isDirectory(root) && Files.isWritable(root)) {
            return Health.up().build();
        }
        return Health.down().withDetail("reason", "data folder missing or not writable").build();
    }
}
