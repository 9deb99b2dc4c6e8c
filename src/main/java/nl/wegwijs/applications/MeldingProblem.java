package nl.wegwijs.applications;

/**
 * Something in a melding that must be fixed before it can go on: the field (a component of
 * {@link MeldingAnswers}, such as {@code email}) and a translation key under {@code melding.error.}.
 */
public record MeldingProblem(String field, String messageKey) {
}
