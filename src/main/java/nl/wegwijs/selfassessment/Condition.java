package nl.wegwijs.selfassessment;

import java.util.List;
import java.util.Set;

/**
 * When a question shows or a piece of advice applies, written in the questionnaire file as
 * {@code {question: x, in: [a, b]}}, {@code {question: x, at_least: 4}}, {@code {question: x,
 * at_most: 2}}, {@code {question: x, answered: true}}, or {@code all:}/{@code any:}/{@code not:}
 * around those.
 */
public sealed interface Condition {

    boolean test(Answers answers);

    /** The question ids this condition reads. */
    Set<String> questions();

    record All(List<Condition> parts) implements Condition {
        public boolean test(Answers answers) {
            return parts.stream().allMatch(part -> part.test(answers));
        }

        public Set<String> questions() {
            return union(parts);
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        public boolean test(Answers answers) {
            return parts.stream().anyMatch(part -> part.test(answers));
        }

        public Set<String> questions() {
            return union(parts);
        }
    }

    record Not(Condition part) implements Condition {
        public boolean test(Answers answers) {
            return !part.test(answers);
        }

        public Set<String> questions() {
            return part.questions();
        }
    }

    /** One of the chosen options is among {@code optionIds}. */
    record AnswerIn(String question, Set<String> optionIds) implements Condition {
        public boolean test(Answers answers) {
            return answers.of(question).stream().anyMatch(optionIds::contains);
        }

        public Set<String> questions() {
            return Set.of(question);
        }
    }

    /** A scale answer of at least {@code minimum}. */
    record AtLeast(String question, int minimum) implements Condition {
        public boolean test(Answers answers) {
            return number(answers, question) >= minimum;
        }

        public Set<String> questions() {
            return Set.of(question);
        }
    }

    /** A scale answer of at most {@code maximum}. */
    record AtMost(String question, int maximum) implements Condition {
        public boolean test(Answers answers) {
            return number(answers, question) <= maximum && !answers.of(question).isEmpty();
        }

        public Set<String> questions() {
            return Set.of(question);
        }
    }

    /** The question has any answer. */
    record Answered(String question) implements Condition {
        public boolean test(Answers answers) {
            return answers.of(question).stream().anyMatch(value -> !value.isBlank());
        }

        public Set<String> questions() {
            return Set.of(question);
        }
    }

    private static Set<String> union(List<Condition> parts) {
        return parts.stream().flatMap(part -> part.questions().stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static int number(Answers answers, String question) {
        try {
            return answers.of(question).isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(answers.of(question).getFirst());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
