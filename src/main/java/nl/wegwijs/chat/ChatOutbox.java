package nl.wegwijs.chat;

/**
 * Delivers the desk's events: to a visitor's connection, or to every connection of a responder.
 * The STOMP transport is one; an in-process console may be another.
 */
public interface ChatOutbox {

    void toVisitor(String connection, ChatEvent event);

    void toResponder(String username, ChatEvent event);

    /**
     * Whether this transport still has an open connection of the responder. The desk asks before it
     * takes a responder off duty at the end of their grace, so a closed connection on one transport
     * does not end the duty of someone still connected on another.
     */
    default boolean reaches(String username) {
        return false;
    }
}
