package nl.wegwijs.applications;

/** Which open cases of the team a consultant's worklist shows. */
public enum WorklistFilter {
    MINE,
    UNASSIGNED,
    ALL
}
