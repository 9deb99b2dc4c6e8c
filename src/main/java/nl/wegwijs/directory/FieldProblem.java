package nl.wegwijs.directory;

/**
 * One thing wrong in a {@link ServiceDraft}.
 *
 * @param field the draft's field, such as {@code postcode} with {@code index} the location's position
 *              (or the opening-hours row), or -1 for a field of the service itself
 * @param messageKey translation key of a B1 message that says how to put it right
 */
public record FieldProblem(String field, int index, String messageKey) {

    public static FieldProblem of(String field, String messageKey) {
        return new FieldProblem(field, -1, messageKey);
    }
}
