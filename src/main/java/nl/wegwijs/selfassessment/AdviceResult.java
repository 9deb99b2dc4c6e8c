package nl.wegwijs.selfassessment;

import java.util.List;

/**
 * The advice that applies, urgent first and then along the order of solutions (in the file's
 * order within a level). {@code urgent} means the crisis panel and the chat show at once.
 */
public record AdviceResult(List<AdviceRule> advice) {

    public AdviceResult {
        advice = List.copyOf(advice);
    }

    public boolean urgent() {
        return advice.stream().anyMatch(rule -> rule.level() == AdviceLevel.URGENT);
    }

    public List<String> ids() {
        return advice.stream().map(AdviceRule::id).toList();
    }
}
