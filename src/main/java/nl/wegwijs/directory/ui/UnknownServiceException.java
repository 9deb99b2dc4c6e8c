package nl.wegwijs.directory.ui;

/**
 * There is no active service with the id in the address; {@link ServiceNotFoundView} answers it
 * with a 404. Only used to reroute, so it carries no message and no stack trace.
 */
class UnknownServiceException extends RuntimeException {

    UnknownServiceException() {
        super(null, null, false, false);
    }
}
