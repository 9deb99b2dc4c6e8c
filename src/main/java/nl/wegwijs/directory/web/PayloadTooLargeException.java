package nl.wegwijs.directory.web;

/** An import body over the configured limit. */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(long max) {
        super("The body is larger than " + max + " bytes; split the dataset or raise wegwijs.directory.import-max-bytes");
    }
}
