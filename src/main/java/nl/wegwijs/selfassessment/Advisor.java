package nl.wegwijs.selfassessment;

import java.util.Comparator;

/** Evaluates a questionnaire's rules; only answers to questions that are shown count. */
public final class Advisor {

    private Advisor() {
    }

    public static AdviceResult evaluate(Questionnaire questionnaire, Answers answers) {
        var counted = questionnaire.visibleOnly(answers);
        return new AdviceResult(questionnaire.advice().stream()
                .filter(rule -> rule.when().test(counted))
                .sorted(Comparator.comparing(AdviceRule::level))
                .toList());
    }
}
