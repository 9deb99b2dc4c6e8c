package nl.wegwijs.selfassessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds answers that make a rule fire, trying every value of the questions the rule (and the
 * conditions that show those questions) reads. A rule that no answers reach is a content mistake;
 * editors also use the answers found as an example.
 */
final class ReachableRules {

    private static final int MAX_COMBINATIONS = 200_000;

    private ReachableRules() {
    }

    static boolean canFire(Questionnaire questionnaire, AdviceRule rule) {
        return example(questionnaire, rule) != null;
    }

    /** Answers under which {@code rule} fires, or null when none exist (or the search is too large). */
    static Answers example(Questionnaire questionnaire, AdviceRule rule) {
        var involved = new ArrayList<Question>();
        for (String id : closure(questionnaire, rule.when().questions())) {
            involved.add(questionnaire.question(id).orElseThrow());
        }
        var candidates = involved.stream().map(ReachableRules::values).toList();
        long combinations = candidates.stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
        if (combinations > MAX_COMBINATIONS) {
            return null;
        }
        return search(questionnaire, rule, involved, candidates, 0, Answers.none());
    }

    private static Answers search(Questionnaire questionnaire, AdviceRule rule, List<Question> involved,
            List<List<List<String>>> candidates, int index, Answers sofar) {
        if (index == involved.size()) {
            return rule.when().test(questionnaire.visibleOnly(sofar)) ? sofar : null;
        }
        for (List<String> value : candidates.get(index)) {
            var found = search(questionnaire, rule, involved, candidates, index + 1,
                    sofar.with(involved.get(index).id(), value));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The questions read, plus those their show conditions read, and so on. */
    private static Set<String> closure(Questionnaire questionnaire, Set<String> start) {
        var result = new LinkedHashSet<String>();
        var todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String id = todo.removeLast();
            if (result.add(id)) {
                var showIf = questionnaire.question(id).orElseThrow().showIf();
                if (showIf != null) {
                    todo.addAll(showIf.questions());
                }
            }
        }
        return result;
    }

    private static List<List<String>> values(Question question) {
        var values = new ArrayList<List<String>>();
        values.add(List.of());
        switch (question.type()) {
            case SINGLE, MULTIPLE -> question.options().forEach(option -> values.add(List.of(option.id())));
            case SCALE -> {
                for (int value = question.scaleMin(); value <= question.scaleMax(); value++) {
                    values.add(List.of(Integer.toString(value)));
                }
            }
            case TEXT, POSTCODE -> values.add(List.of("x"));
        }
        return values;
    }
}
