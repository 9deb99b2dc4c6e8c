package nl.wegwijs.chat.canned;

/** A ready sentence a responder can put in the message box: a label they pick it by, and the text. */
public record CannedResponse(String label, String text) {
}
