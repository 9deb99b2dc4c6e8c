package nl.wegwijs.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return blockHash(hash(deviceToken), length);
    }

    /**
     * Blocks the device whose token has this hash, as the signed-in user (the live conversation
     * keeps only the hash). Who blocked and when is kept for the list of active blocks.
     */
    Instant blockHash(String tokenHash, Length length) {
        Instant now = clock.instant();
        Instant until = now.plus(length.duration());
        Map<String, Object> row = Map.of("hash", tokenHash, "until", until.atOffset(ZoneOffset.UTC),
                "now", now.atOffset(ZoneOffset.UTC), "by", currentUser());
        String extend = "UPDATE chat_device_block SET expires_at = :until, blocked_at = :now, blocked_by = :by"
                + " WHERE token_hash = :hash AND expires_at < :until";
        if (jdbc.update(extend, row) == 0) {
            try {
                jdbc.update("INSERT INTO chat_device_block (token_hash, expires_at, blocked_at, blocked_by)"
                        + " VALUES (:hash, :until, :now, :by)", row);
            } catch (DuplicateKeyException alreadyBlocked) {
                // Blocked until later already, or by a colleague at this very moment: keep the later end.
                jdbc.update(extend, row);
            }
        }
        return until;
    }

    /** The blocks in force now, the one ending soonest first. */
    List<DeviceBlock> active() {
        return jdbc.query("SELECT token_hash, blocked_at, blocked_by, expires_at FROM chat_device_block"
                + " WHERE expires_at > :now ORDER BY expires_at, token_hash",
                Map.of("now", clock.instant().atOffset(ZoneOffset.UTC)), (rs, rowNumber) -> new DeviceBlock(
                        rs.getString("token_hash"), instant(rs.getObject("blocked_at", OffsetDateTime.class)),
                        rs.getString("blocked_by"), rs.getString("blocked_by"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()));
    }

    /** Ends a block before its time; false when it had already ended or been lifted. */
    boolean lift(String tokenHash) {
        return jdbc.update("DELETE FROM chat_device_block WHERE token_hash = :hash AND expires_at > :now",
                Map.of("hash", tokenHash, "now", clock.instant().atOffset(ZoneOffset.UTC))) > 0;
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

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
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
