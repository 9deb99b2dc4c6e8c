package nl.wegwijs.chat;

/**
 * Delivers the desk's events: to a visitor's connection, or to every connection of a responder.
 * The STOMP transport is one; an in-process console may be another.
 */
public interface ChatOutbox {

    void toVisitor(String connection, ChatEvent event);

    void toResponder(String username, ChatEvent event);
}
