package nl.wegwijs.applications;

/**
 * An upload was refused; {@code reasonKey} is a translation key under {@code melding.upload.}:
 * {@code empty}, {@code too-large}, {@code wrong-type}, {@code too-many}.
 */
public class DocumentRejected extends RuntimeException {

    private final String reasonKey;

    public DocumentRejected(String reasonKey) {
        super("Upload refused: " + reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
