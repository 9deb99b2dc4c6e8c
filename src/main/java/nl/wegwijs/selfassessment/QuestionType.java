package nl.wegwijs.selfassessment;

/** How a question is answered. */
public enum QuestionType {
    /** One option. */
    SINGLE,
    /** Any number of options. */
    MULTIPLE,
    /** A whole number between the question's minimum and maximum. */
    SCALE,
    /** A short text in the resident's own words. */
    TEXT,
    /** A Dutch postcode, to find help nearby. */
    POSTCODE
}
