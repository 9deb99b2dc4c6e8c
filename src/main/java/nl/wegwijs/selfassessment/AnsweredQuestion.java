package nl.wegwijs.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One answered question in words, for the summary on screen, in the PDF and in the hand-over to a
 * melding.
 *
 * @param domain the life domain of the question (household, getting-around, ...), may be null
 */
public record AnsweredQuestion(String questionId, String domain, String question, String answer) {

    /** The shown, answered questions of {@code questionnaire}, in its order, in {@code locale}. */
    public static List<AnsweredQuestion> of(Questionnaire questionnaire, Answers answers, Locale locale) {
        var counted = questionnaire.visibleOnly(answers);
        var result = new ArrayList<AnsweredQuestion>();
        for (Question question : questionnaire.shownFor(counted)) {
            List<String> values = counted.of(question.id());
            if (!values.isEmpty()) {
                result.add(new AnsweredQuestion(question.id(), question.domain(), question.text().in(locale),
                        words(question, values, locale)));
            }
        }
        return result;
    }

    private static String words(Question question, List<String> values, Locale locale) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> String.join(", ", values.stream()
                    .map(value -> question.options().stream().filter(option -> option.id().equals(value))
                            .map(option -> option.text().in(locale)).findFirst().orElse(value))
                    .toList());
            case SCALE -> values.getFirst() + " (" + question.scaleMin() + "–" + question.scaleMax() + ")";
            case TEXT, POSTCODE -> values.getFirst();
        };
    }
}
