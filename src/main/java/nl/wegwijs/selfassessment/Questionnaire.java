package nl.wegwijs.selfassessment;

import java.util.List;
import java.util.Optional;

/** A self-test as written in its content file: questions in order and the advice rules. */
public record Questionnaire(String id, int version, String file, LocalizedText title, LocalizedText intro,
        List<Question> questions, List<AdviceRule> advice) {

    public Questionnaire {
        questions = List.copyOf(questions);
        advice = List.copyOf(advice);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** The questions shown for these answers, in order: those without a condition and those whose condition holds. */
    public List<Question> shownFor(Answers answers) {
        return questions.stream()
                .filter(question -> question.showIf() == null || question.showIf().test(visibleOnly(answers)))
                .toList();
    }

    /** The answers to questions that are shown; answers to questions hidden by a later change do not count. */
    public Answers visibleOnly(Answers answers) {
        var visible = new java.util.LinkedHashMap<String, List<String>>();
        var sofar = Answers.none();
        for (Question question : questions) {
            if (question.showIf() == null || question.showIf().test(sofar)) {
                List<String> answer = answers.of(question.id());
                visible.put(question.id(), answer);
                sofar = sofar.with(question.id(), answer);
            }
        }
        return new Answers(visible);
    }
}
