package nl.wegwijs.selfassessment;

/**
 * One piece of advice and when it applies. {@code because} explains it to the resident ("Omdat u
 * aangaf dat ..."); {@code services} is null when no sociale kaart services belong to it.
 */
public record AdviceRule(String id, AdviceLevel level, Condition when, LocalizedText title, LocalizedText text,
        LocalizedText because, ServiceQuery services) {
}
