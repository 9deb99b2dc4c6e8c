package nl.wegwijs.applications;

/** The parts of daily life a melding can be about. */
public enum LifeDomain {
    HOUSEHOLD,
    GETTING_AROUND,
    MEETING_PEOPLE,
    SELF_CARE,
    DAILY_STRUCTURE,
    MONEY,
    CARER_BURDEN
}
