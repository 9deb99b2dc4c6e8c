package nl.wegwijs.applications;

/** How close a case is to its next statutory date. */
public enum DeadlineWarning {
    NONE,
    /** Within the configured number of working days ({@code wegwijs.applications.warn-working-days}). */
    SOON,
    PASSED
}
