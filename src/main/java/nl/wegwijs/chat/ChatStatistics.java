package nl.wegwijs.chat;

/** Keeps the anonymous figures of a finished conversation, after its transcript is gone. */
public interface ChatStatistics {

    void record(ConversationSummary summary);
}
