package nl.wegwijs.selfassessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What someone answered, per question id: option ids for choices, the number for a scale, the text
 * for text and postcode questions. Unanswered questions are absent.
 */
public record Answers(Map<String, List<String>> values) {

    public Answers {
        var copy = new LinkedHashMap<String, List<String>>();
        values.forEach((question, answer) -> {
            if (answer != null && !answer.isEmpty()) {
                copy.put(question, List.copyOf(answer));
            }
        });
        values = Map.copyOf(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public List<String> of(String question) {
        return values.getOrDefault(question, List.of());
    }

    /** These answers with {@code question} answered as {@code answer} (empty: unanswered). */
    public Answers with(String question, List<String> answer) {
        var copy = new LinkedHashMap<>(values);
        copy.put(question, answer);
        return new Answers(copy);
    }
}
