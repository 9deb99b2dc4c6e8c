package nl.wegwijs.chat;

/** Receives the anonymous summary of every conversation once, when it ends. */
@FunctionalInterface
public interface ChatStatistics {

    void record(ConversationSummary summary);
}
