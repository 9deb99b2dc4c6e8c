package nl.wegwijs.chat;

/**
 * A request the chat refuses, with the protocol's error code ({@code bad-request},
 * {@code unknown-conversation}, {@code resume-failed}, {@code rate-limited}, {@code forbidden},
 * {@code unavailable}) and a precise English message for the client's developer.
 */
public class ChatException extends RuntimeException {

    public static final String BAD_REQUEST = "bad-request";
    public static final String UNKNOWN_CONVERSATION = "unknown-conversation";
    public static final String RESUME_FAILED = "resume-failed";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String FORBIDDEN = "forbidden";
    public static final String UNAVAILABLE = "unavailable";

    private final String code;
    private final String clientMessageId;

    public ChatException(String code, String message) {
        this(code, message, null);
    }

    public ChatException(String code, String message, String clientMessageId) {
        super(message, null, false, false);
        this.code = code;
        this.clientMessageId = clientMessageId;
    }

    public String code() {
        return code;
    }

    public String clientMessageId() {
        return clientMessageId;
    }

    static ChatException badRequest(String message) {
        return new ChatException(BAD_REQUEST, message);
    }

    static ChatException unknownConversation() {
        return new ChatException(UNKNOWN_CONVERSATION, "No such conversation of yours, or it has ended.");
    }
}
