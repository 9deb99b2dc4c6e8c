package nl.wegwijs.applications;

/**
 * A step that does not fit where the case is (a decision before the aanvraag, say). The reason is
 * a translation key under {@code casework.error.}.
 */
public class CaseStepRejected extends RuntimeException {

    private final String reasonKey;

    public CaseStepRejected(String reasonKey) {
        super("Step not possible now: " + reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
