package nl.wegwijs.accounts;

/**
 * What a signed-in person may do. A carer is a {@link #RESIDENT} acting under a representation,
 * not a role of its own.
 */
public enum Role {
    RESIDENT,
    FRONT_DESK,
    CONSULTANT,
    VOLUNTEER,
    CRISIS_WORKER,
    COORDINATOR,
    EDITOR,
    ADMIN;

    /** The Spring Security authority, such as {@code ROLE_FRONT_DESK}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
