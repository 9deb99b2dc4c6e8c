package nl.wegwijs.accounts;

import java.util.List;

/**
 * A staff account change that was refused: each problem names its field ({@code username},
 * {@code displayName}, {@code roles}, {@code password}, {@code enabled}) and a stable code such as
 * {@code username.taken}, which the screens turn into a translated message.
 */
public class StaffAccountRejected extends RuntimeException {

    /** One refused field and why. */
    public record Problem(String field, String code) {
    }

    private final List<Problem> problems;

    public StaffAccountRejected(List<Problem> problems) {
        super("Rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
