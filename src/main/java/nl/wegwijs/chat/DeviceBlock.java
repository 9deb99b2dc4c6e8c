package nl.wegwijs.chat;

import java.time.Instant;

/**
 * A device block in force. The device is known only by the SHA-256 hash of its token, which is
 * also the block's id. {@code blockedAt} and {@code blockedBy} (a user name) are empty for blocks
 * made before they were recorded; {@code blockedByName} is that account's display name.
 */
public record DeviceBlock(String tokenHash, Instant blockedAt, String blockedBy, String blockedByName,
        Instant expiresAt) {

    /** A short, meaningless reference to tell blocks apart on screen. */
    public String reference() {
        return tokenHash.substring(0, 8);
    }

    DeviceBlock withBlockedByName(String name) {
        return new DeviceBlock(tokenHash, blockedAt, blockedBy, name, expiresAt);
    }
}
