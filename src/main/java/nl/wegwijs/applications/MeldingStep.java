package nl.wegwijs.applications;

/** The screens of the melding wizard, in order; {@link #number()} is what the resident sees. */
public enum MeldingStep {
    FOR_WHOM,
    DIFFICULTIES,
    OWN_SOLUTIONS,
    CARER,
    CONTACT,
    URGENCY,
    PLAN_AND_DOCUMENTS,
    CHECK;

    /** 1-based, as in "Stap 4 van 8". */
    public int number() {
        return ordinal() + 1;
    }

    public static MeldingStep ofNumber(int number) {
        return values()[Math.clamp(number, 1, values().length) - 1];
    }

    /** The step after this one; {@link #CHECK} stays. */
    public MeldingStep next() {
        return this == CHECK ? CHECK : values()[ordinal() + 1];
    }
}
