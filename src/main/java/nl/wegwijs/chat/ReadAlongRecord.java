package nl.wegwijs.chat;

import java.time.Instant;

/** One line of the read-along audit log: who read which conversation, when. Never any message text. */
public record ReadAlongRecord(String coordinator, String displayName, String conversationId, Instant readAt) {
}
