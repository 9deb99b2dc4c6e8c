package nl.wegwijs.shared;

/**
 * A copy of an exception fit for the log: the types and stack frames of the whole cause chain,
 * without the messages, which may carry personal data (a name, a BSN, an address).
 */
public final class RedactedException extends RuntimeException {

    private final String originalType;

    private RedactedException(Throwable original) {
        super(original.getClass().getName() + " (message left out: may contain personal data)",
                original.getCause() == null || original.getCause() == original ? null : of(original.getCause()),
                false, true);
        this.originalType = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The redacted copy of {@code original} and its causes. */
    public static RedactedException of(Throwable original) {
        return original instanceof RedactedException redacted ? redacted : new RedactedException(original);
    }

    /** Fully qualified class name of the exception this copy stands for. */
    public String originalType() {
        return originalType;
    }
}
