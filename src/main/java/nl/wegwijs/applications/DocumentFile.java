package nl.wegwijs.applications;

/** A document's content, to download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
