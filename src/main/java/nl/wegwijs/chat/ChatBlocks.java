package nl.wegwijs.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Coordinators block a visitor's device token for 24 hours or 7 days; the block ends by itself.
 * Only a SHA-256 hash of the token is stored, so the table cannot be used to follow a visitor.
 */
@Service
public class ChatBlocks implements DeviceBlocks {

    /** How long a block lasts: the protocol offers exactly these two. */
    public enum Length {
        DAY(Duration.ofHours(24)), WEEK(Duration.ofDays(7));

        private final Duration duration;

        Length(Duration duration) {
            this.duration = duration;
        }

        public Duration duration() {
            return duration;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ChatBlocks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Blocks the device from now on for the length; blocking again sets a new end, never an earlier one. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Instant block(String deviceToken, Length length) {
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new IllegalArgumentException("A device token is needed to block a device");
        }
        Instant until = clock.instant().plus(length.duration());
        Map<String, Object> row = Map.of("hash", hash(deviceToken), "until", until.atOffset(ZoneOffset.UTC));
        String extend = "UPDATE chat_device_block SET expires_at = :until WHERE token_hash = :hash AND expires_at < :until";
        if (jdbc.update(extend, row) == 0) {
            try {
                jdbc.update("INSERT INTO chat_device_block (token_hash, expires_at) VALUES (:hash, :until)", row);
            } catch (DuplicateKeyException alreadyBlocked) {
                // Blocked until later already, or by a colleague at this very moment: keep the later end.
                jdbc.update(extend, row);
            }
        }
        return until;
    }

    /** Asked by the conversation engine for every start, which runs without a signed-in user. */
    @Override
    @PreAuthorize("permitAll()")
    public boolean isBlocked(String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return false;
        }
        return !jdbc.queryForList("SELECT expires_at FROM chat_device_block WHERE token_hash = :hash"
                + " AND expires_at > :now", Map.of("hash", hash(deviceToken),
                        "now", clock.instant().atOffset(ZoneOffset.UTC))).isEmpty();
    }

    /** Forgets expired blocks; {@link #isBlocked} already ignores them, this keeps the table small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    int removeExpired() {
        return jdbc.update("DELETE FROM chat_device_block WHERE expires_at <= :now",
                Map.of("now", clock.instant().atOffset(ZoneOffset.UTC)));
    }

    static String hash(String deviceToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
