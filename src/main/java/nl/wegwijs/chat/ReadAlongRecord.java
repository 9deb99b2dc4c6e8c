package nl.wegwijs.chat;

import java.time.Instant;

/** One line of the read-along audit log: who read which conversation, when. Never any message text. */
public record ReadAlongRecord(String coordinator, String displayName, String conversationId, Instant readAt) {

    /** The first characters of the conversation id, as the overview shows them. */
    public String shortConversationId() {
        return LiveSnapshot.shortId(conversationId);
    }
}
