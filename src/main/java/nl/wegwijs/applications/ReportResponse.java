package nl.wegwijs.applications;

/** What the resident said about the report of the conversation. */
public enum ReportResponse {
    CONFIRMED,
    COMMENTED
}
