package nl.wegwijs.accounts;

import java.util.List;

/** Input that cannot become a representation; each problem names its field and a translation key suffix. */
public class RepresentationRejected extends RuntimeException {

    /** {@code field} matches the record component; {@code code} is stable, for example {@code bsn.invalid}. */
    public record Problem(String field, String code) {
    }

    private final List<Problem> problems;

    public RepresentationRejected(List<Problem> problems) {
        super("Rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
