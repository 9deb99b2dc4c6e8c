package nl.wegwijs.accounts;

/** The kinds of identity document an employee may check at the counter; only the type and the last four characters are kept. */
public enum IdentityDocument {
    PASSPORT,
    IDENTITY_CARD,
    DRIVING_LICENCE,
    RESIDENCE_DOCUMENT
}
