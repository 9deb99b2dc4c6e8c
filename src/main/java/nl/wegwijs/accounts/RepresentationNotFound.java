package nl.wegwijs.accounts;

/**
 * No representation with that id that the signed-in person may touch. Deliberately the same answer
 * for "does not exist" and "not yours", so guessing ids tells nothing.
 */
public class RepresentationNotFound extends RuntimeException {

    public RepresentationNotFound() {
        super("No such representation for you");
    }
}
