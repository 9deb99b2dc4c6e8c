package nl.wegwijs.applications;

/** A document's content, for a download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
