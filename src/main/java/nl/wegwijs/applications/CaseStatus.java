package nl.wegwijs.applications;

/** The steps of the Wmo procedure a resident sees on their timeline, in order. */
public enum CaseStatus {
    MELDING_RECEIVED,
    CONVERSATION_PLANNED,
    REPORT_READY,
    AANVRAAG_RECEIVED,
    DECIDED;

    /** Whether the case has reached {@code other} (this step or a later one). */
    public boolean reached(CaseStatus other) {
        return compareTo(other) >= 0;
    }
}
