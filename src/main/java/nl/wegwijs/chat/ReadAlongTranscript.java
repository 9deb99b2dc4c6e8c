package nl.wegwijs.chat;

import java.time.Instant;
import java.util.List;

/**
 * What a coordinator reading along sees: the messages (all of them, or those after a sequence
 * number) and whether the conversation has ended.
 */
public record ReadAlongTranscript(String conversationId, boolean ended, List<Line> lines) {

    /** One message; {@code from} is {@code visitor}, {@code responder} or {@code system}. */
    public record Line(long seq, String from, String text, Instant sentAt) {
    }

    /** The highest sequence number shown, 0 when there are no lines. */
    public long lastSeq() {
        return lines.isEmpty() ? 0 : lines.getLast().seq();
    }
}
