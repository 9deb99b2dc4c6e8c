package nl.wegwijs.chat.ui;

/** A ready sentence a responder can put in the message box: a label they pick it by, and the text. */
record CannedResponse(String label, String text) {
}
