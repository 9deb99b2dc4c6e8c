package nl.wegwijs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.wegwijs.selfassessment.AnsweredQuestion;
import org.junit.jupiter.api.Test;

/** Self-test answers land in the melding's life domains and never overwrite what was already typed. */
class SelfTestAnswersTest {

    static final List<AnsweredQuestion> ANSWERS = List.of(
            new AnsweredQuestion("huishouden", "household", "Lukt het huishouden?", "Dat lukt met moeite"),
            new AnsweredQuestion("wonen", "housing", "Past uw huis?", "Er is een aanpassing nodig"),
            new AnsweredQuestion("mantelzorg", "carer", "Zorgt er iemand voor u?", "Ja, maar het is zwaar"),
            new AnsweredQuestion("netwerk", "network", "Kunt u mensen om hulp vragen?", "Een beetje"),
            new AnsweredQuestion("postcode", null, "Wat is uw postcode?", "1234 AB"));

    @Test
    void answersAreSortedIntoLifeDomainsAndTheNetwork() {
        var domains = SelfTestAnswers.byDomain(ANSWERS);

        assertThat(domains.get(LifeDomain.HOUSEHOLD))
                .isEqualTo("Lukt het huishouden? Dat lukt met moeite\nPast uw huis? Er is een aanpassing nodig");
        assertThat(domains.get(LifeDomain.CARER_BURDEN)).isEqualTo("Zorgt er iemand voor u? Ja, maar het is zwaar");
        assertThat(domains).doesNotContainKey(LifeDomain.MONEY);
        assertThat(SelfTestAnswers.network(ANSWERS)).isEqualTo("Kunt u mensen om hulp vragen? Een beetje");
    }

    @Test
    void mergingAddsBelowWhatWasTypedAndKeepsEverythingElse() {
        var typed = new MeldingAnswers(Map.of(LifeDomain.HOUSEHOLD, "Ik kan niet meer stofzuigen."), "Ik kook zelf.",
                null, true, "Jan", "Jan zorgt elke dag.", "1234AB", "5", null, null, null, null, null, null, null, null);

        var merged = SelfTestAnswers.mergeInto(typed, Map.of(LifeDomain.HOUSEHOLD, "Lukt het huishouden? Met moeite",
                LifeDomain.MONEY, "  "), "Mijn buurvrouw helpt.");

        assertThat(merged.difficulties().get(LifeDomain.HOUSEHOLD))
                .isEqualTo("Ik kan niet meer stofzuigen.\nLukt het huishouden? Met moeite");
        assertThat(merged.difficulties()).doesNotContainKey(LifeDomain.MONEY);
        assertThat(merged.network()).isEqualTo("Mijn buurvrouw helpt.");
        assertThat(merged.ownStrength()).isEqualTo("Ik kook zelf.");
        assertThat(merged.carerSituation()).isEqualTo("Jan zorgt elke dag.");
        assertThat(merged.houseNumber()).isEqualTo("5");
    }
}
