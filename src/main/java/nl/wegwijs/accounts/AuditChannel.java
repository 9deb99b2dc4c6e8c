package nl.wegwijs.accounts;

/** Where something was done: online by the person (or their representative), or at the counter by an employee. */
public enum AuditChannel {
    ONLINE,
    COUNTER,
    /** By the portal itself, for example a representation that ran out. */
    SYSTEM
}
