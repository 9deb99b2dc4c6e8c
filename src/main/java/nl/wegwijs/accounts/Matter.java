package nl.wegwijs.accounts;

/** The kinds of matters a representation may cover (its scope). */
public enum Matter {
    /** Meldingen, aanvragen and their case files. */
    APPLICATIONS,
    /** Messages with the municipality. */
    MESSAGES,
    /** Contact details and preferences. */
    PERSONAL_DETAILS
}
