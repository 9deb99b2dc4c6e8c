package nl.wegwijs.directory;

import java.util.List;

/** A draft with mistakes was not saved; each problem names the field and how to put it right. */
public class InvalidServiceException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidServiceException(List<FieldProblem> problems) {
        super("The service has " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
