package nl.wegwijs.selfassessment;

import java.util.List;

/**
 * One question. {@code options} only for choices; {@code scaleMin}..{@code scaleMax} with their
 * end labels only for scales; {@code showIf} is null when the question is always shown.
 */
public record Question(String id, QuestionType type, String domain, LocalizedText text, LocalizedText help,
        List<Option> options, int scaleMin, int scaleMax, LocalizedText scaleLow, LocalizedText scaleHigh,
        Condition showIf) {

    public Question {
        options = List.copyOf(options);
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }
}
