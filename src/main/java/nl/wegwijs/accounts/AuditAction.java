package nl.wegwijs.accounts;

/** What was done with someone's personal data or case file. */
public enum AuditAction {
    VIEWED,
    CREATED,
    CHANGED,
    /** Consent given, a legal representation checked. */
    CONFIRMED,
    DECLINED,
    REVOKED,
    ENDED,
    /** Someone asked for data they may not see; nothing was shown. */
    DENIED,
    /** Emergency access outside the normal rules; always with a reason. */
    BREAK_GLASS
}
