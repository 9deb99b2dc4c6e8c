package nl.wegwijs.applications;

/** A message that cannot be sent as it is; the reason is a translation key under {@code mycases.message.error.}. */
public class MessageRejected extends RuntimeException {

    private final String reasonKey;

    public MessageRejected(String reasonKey) {
        super("Message refused: " + reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
