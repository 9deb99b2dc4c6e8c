package nl.wegwijs.directory.ui;

/** There is no active service with the id in the address; {@link ServiceNotFoundView} answers it with a 404. */
class UnknownServiceException extends RuntimeException {

    UnknownServiceException() {
        super("no active service with this id");
    }
}
