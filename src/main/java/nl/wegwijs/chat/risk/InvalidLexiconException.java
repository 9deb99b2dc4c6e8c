package nl.wegwijs.chat.risk;

/** The risk lexicon file has a line that cannot be understood; the portal does not start without it. */
class InvalidLexiconException extends IllegalStateException {

    InvalidLexiconException(String source, int line, String problem) {
        super("Risk lexicon " + source + ", line " + line + ": " + problem);
    }
}
