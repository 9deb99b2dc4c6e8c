package nl.wegwijs.directory.web;

/** A request parameter or body the API cannot use; the message says which and why. */
class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
