package nl.wegwijs.chat.canned;

/** The canned responses file has an error; the message names the file and the line. */
class InvalidCannedResponsesException extends IllegalStateException {

    InvalidCannedResponsesException(String source, int line, String problem) {
        super("Canned responses " + source + ", line " + line + ": " + problem);
    }
}
