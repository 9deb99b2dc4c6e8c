package nl.wegwijs.chat;

/** Device tokens a coordinator blocked for a while; a blocked visitor gets {@code unavailable}. */
@FunctionalInterface
public interface DeviceBlocks {

    /** Whether this token is blocked now; {@code null} or blank tokens are never blocked. */
    boolean isBlocked(String deviceToken);
}
