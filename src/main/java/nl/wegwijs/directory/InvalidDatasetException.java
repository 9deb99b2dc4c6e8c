package nl.wegwijs.directory;

/** The submitted data is not a dataset at all (not a JSON array, unreadable): nothing was imported. */
public class InvalidDatasetException extends RuntimeException {

    public InvalidDatasetException(String message) {
        super(message);
    }
}
