package nl.wegwijs.accounts;

/** Why a counter session ended; stored as {@code end_reason} and in the audit row's reason. */
enum CounterSessionEnd {
    /** The employee chose "Balie-sessie afsluiten". */
    BY_EMPLOYEE,
    /** The employee signed out. */
    SIGNED_OUT,
    /** The employee's HTTP session ended (timed out, or invalidated). */
    SESSION_ENDED,
    /** Left open when the portal stopped (a crash); closed when it started again. */
    PORTAL_RESTARTED
}
