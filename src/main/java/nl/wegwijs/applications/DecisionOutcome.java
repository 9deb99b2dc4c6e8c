package nl.wegwijs.applications;

/** The outcome of a beschikking. */
public enum DecisionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED
}
