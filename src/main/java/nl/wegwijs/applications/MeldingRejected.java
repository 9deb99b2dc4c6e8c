package nl.wegwijs.applications;

import java.util.List;

/** A melding cannot be submitted yet: the problems say where and why. Nothing typed was lost. */
public class MeldingRejected extends RuntimeException {

    private final transient List<MeldingProblem> problems;

    public MeldingRejected(List<MeldingProblem> problems) {
        super("Melding not complete: " + problems.stream().map(MeldingProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<MeldingProblem> problems() {
        return problems;
    }
}
