package nl.wegwijs.selfassessment;

/**
 * The order of solutions of the Wmo, after the urgent: what you can do yourself, what people
 * around you can do, general provisions without a decision, and last a melding for tailored support.
 */
public enum AdviceLevel {
    URGENT,
    OWN_STRENGTH,
    NETWORK,
    GENERAL_PROVISION,
    MELDING
}
