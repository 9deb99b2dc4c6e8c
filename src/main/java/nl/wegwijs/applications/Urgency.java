package nl.wegwijs.applications;

/** How soon the resident needs help, in their own judgement. */
public enum Urgency {
    NORMAL,
    SOON,
    URGENT
}
