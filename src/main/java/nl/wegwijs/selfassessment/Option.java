package nl.wegwijs.selfassessment;

/** One answer to choose. */
public record Option(String id, LocalizedText text) {
}
