package nl.wegwijs.applications;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.selfassessment.AnsweredQuestion;

/**
 * Self-test answers a resident passes on, sorted into the melding's life domains as plain text
 * ("question answer" per line), ready for them to edit before anything is saved.
 */
public final class SelfTestAnswers {

    private static final Map<String, LifeDomain> DOMAINS = Map.ofEntries(
            Map.entry("household", LifeDomain.HOUSEHOLD),
            Map.entry("housing", LifeDomain.HOUSEHOLD),
            Map.entry("getting-around", LifeDomain.GETTING_AROUND),
            Map.entry("meeting-people", LifeDomain.MEETING_PEOPLE),
            Map.entry("self-care", LifeDomain.SELF_CARE),
            Map.entry("daily-structure", LifeDomain.DAILY_STRUCTURE),
            Map.entry("health-and-mood", LifeDomain.DAILY_STRUCTURE),
            Map.entry("safety", LifeDomain.DAILY_STRUCTURE),
            Map.entry("money", LifeDomain.MONEY),
            Map.entry("carer", LifeDomain.CARER_BURDEN));

    private SelfTestAnswers() {
    }

    /** The answers per life domain; answers about the network are under {@code null}. */
    public static Map<LifeDomain, String> byDomain(List<AnsweredQuestion> answers) {
        var texts = new EnumMap<LifeDomain, StringBuilder>(LifeDomain.class);
        for (AnsweredQuestion answer : answers) {
            if ("network".equals(answer.domain())) {
                continue;
            }
            var domain = DOMAINS.getOrDefault(String.valueOf(answer.domain()), LifeDomain.DAILY_STRUCTURE);
            texts.computeIfAbsent(domain, d -> new StringBuilder()).append(line(answer));
        }
        var result = new EnumMap<LifeDomain, String>(LifeDomain.class);
        texts.forEach((domain, text) -> result.put(domain, text.toString().strip()));
        return result;
    }

    /** What the resident said about their network, or an empty text. */
    public static String network(List<AnsweredQuestion> answers) {
        var text = new StringBuilder();
        answers.stream().filter(answer -> "network".equals(answer.domain())).forEach(answer -> text.append(line(answer)));
        return text.toString().strip();
    }

    /** {@code answers} merged into {@code current}: new text is added below what was already typed, never over it. */
    public static MeldingAnswers mergeInto(MeldingAnswers current, Map<LifeDomain, String> domains, String network) {
        var difficulties = new EnumMap<>(current.difficulties());
        domains.forEach((domain, text) -> {
            if (text != null && !text.isBlank()) {
                difficulties.merge(domain, text.strip(), (old, added) -> old.isBlank() ? added : old + "\n" + added);
            }
        });
        String mergedNetwork = network == null || network.isBlank() ? current.network()
                : current.network() == null || current.network().isBlank() ? network.strip()
                : current.network() + "\n" + network.strip();
        return new MeldingAnswers(difficulties, current.ownStrength(), mergedNetwork, current.hasCarer(),
                current.carerName(), current.carerSituation(), current.postcode(), current.houseNumber(),
                current.phone(), current.email(), current.contactBy(), current.preferredTime(), current.notifyBy(),
                current.urgency(), current.urgencyReason(), current.personalPlan());
    }

    private static String line(AnsweredQuestion answer) {
        return answer.question() + " " + answer.answer() + "\n";
    }
}
