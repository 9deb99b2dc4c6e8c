package nl.wegwijs.chat;

/** Who answers: trained volunteers, or professional crisis workers (role CRISIS_WORKER). */
public enum Tier {
    VOLUNTEER,
    CRISIS;

    Tier other() {
        return this == VOLUNTEER ? CRISIS : VOLUNTEER;
    }
}
