package nl.wegwijs.applications;

/** How the consultant should reach the resident to plan the conversation. */
public enum ContactMethod {
    PHONE,
    EMAIL
}
