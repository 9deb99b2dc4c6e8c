package nl.wegwijs.applications;

/** What a document is: uploaded by the resident, or made by the municipality. */
public enum DocumentKind {
    PERSONAL_PLAN,
    ATTACHMENT,
    REPORT,
    DECISION_LETTER
}
