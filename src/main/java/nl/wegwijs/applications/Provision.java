package nl.wegwijs.applications;

/** The tailored provisions (maatwerkvoorzieningen) a decision can be about. */
public enum Provision {
    HOUSEHOLD_HELP,
    AIDS,
    HOME_ADAPTATION,
    TRANSPORT,
    DAY_ACTIVITIES,
    SUPPORT_AT_HOME,
    CARER_RESPITE
}
