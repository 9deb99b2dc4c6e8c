package nl.wegwijs.applications;

/** No such case or draft, or not one the signed-in person may see: both give the same answer. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("No such case");
    }
}
