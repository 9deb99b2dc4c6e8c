package nl.wegwijs.accounts;

/** Why someone may act for someone else. */
public enum RepresentationBasis {
    /** A DigiD-machtiging, read from the sign-in broker's claims at each sign-in. */
    DIGID_MANDATE,
    /** Legal representatives, registered after the municipality checked the court's decision. */
    CURATOR,
    MENTOR,
    BEWINDVOERDER,
    /** A parent or guardian of a minor, registered after the municipality checked it. */
    PARENT_OF_MINOR,
    /** A mantelzorger with the resident's own consent. */
    INFORMAL_CARER,
    /** A front-desk employee during a counter session with the resident present. */
    COUNTER;

    /** Whether the municipality must check evidence (a court decision, a birth certificate) before it counts. */
    public boolean needsEvidence() {
        return this == CURATOR || this == MENTOR || this == BEWINDVOERDER || this == PARENT_OF_MINOR;
    }
}
