package nl.wegwijs.applications;

/**
 * Someone else changed the case or draft since it was read: nothing was saved, so that nobody's
 * work is overwritten silently. The caller keeps what the user typed and shows the newer version.
 */
public class CaseConflict extends RuntimeException {

    public CaseConflict() {
        super("Changed by someone else in the meantime");
    }
}
