package nl.wegwijs.chat;

/** Tells whether a coordinator has blocked a visitor's device token for now. */
public interface DeviceBlocks {

    boolean isBlocked(String deviceToken);
}
