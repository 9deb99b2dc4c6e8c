package nl.wegwijs.accounts;

import java.util.List;

/**
 * A counter session that cannot start: each problem names its field in {@link CounterStart} (or
 * none, for {@code session.open}: the employee already has an open session) and a stable code
 * such as {@code bsn.invalid}.
 */
public class CounterSessionRejected extends RuntimeException {

    /** {@code field} matches a {@link CounterStart} component, or is null for the whole request. */
    public record Problem(String field, String code) {
    }

    private final List<Problem> problems;

    public CounterSessionRejected(List<Problem> problems) {
        super("Rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
