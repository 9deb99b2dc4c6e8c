package nl.wegwijs.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The advice of the shipped questionnaires, rule by rule, including every urgent path. */
class QuestionnaireRulesTest {

    static Questionnaire residents;
    static Questionnaire carers;

    @BeforeAll
    static void readTheShippedQuestionnaires() {
        var all = Questionnaires.load(new PathMatchingResourcePatternResolver(), "classpath:content/");
        residents = all.get("welke-hulp");
        carers = all.get("mantelzorg-check");
    }

    static Answers answers(String... pairs) {
        var values = new java.util.LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], List.of(pairs[i + 1].split(",")));
        }
        return new Answers(values);
    }

    @Test
    void bothShippedQuestionnairesLoad() {
        assertThat(residents).isNotNull();
        assertThat(carers).isNotNull();
    }

    @Test
    void someoneWhoManagesEverythingGetsNoAdvice() {
        var result = Advisor.evaluate(residents, answers("veilig", "ja", "huishouden", "lukt", "vervoer", "lukt",
                "contact", "genoeg", "zelfzorg", "lukt", "dag", "ja", "geld", "ja", "wonen", "ja", "stemming", "goed",
                "mantelzorg", "nee", "netwerk", "ja"));
        assertThat(result.ids()).isEmpty();
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void feelingUnsafeAtHomeIsUrgentAndComesFirst() {
        var result = Advisor.evaluate(residents, answers("geld", "schulden", "veilig", "soms-niet"));
        assertThat(result.urgent()).isTrue();
        assertThat(result.ids()).containsExactly("onveilig", "geldzorgen");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"welke-hulp, veilig, nee, onveilig",
        "welke-hulp, veilig, soms-niet, onveilig", "welke-hulp, stemming, dood, suicide",
        "mantelzorg-check, boos, ja, geduld-kwijt"})
    void everyUrgentAnswerGivesItsUrgentAdviceOnItsOwn(String questionnaire, String question, String answer,
            String rule) {
        var result = Advisor.evaluate("welke-hulp".equals(questionnaire) ? residents : carers, answers(question, answer));
        assertThat(result.urgent()).isTrue();
        assertThat(result.ids().getFirst()).isEqualTo(rule);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"welke-hulp, veilig, ja", "welke-hulp, stemming, somber",
        "mantelzorg-check, boos, soms", "mantelzorg-check, boos, nee"})
    void theNeighbouringAnswersAreNotUrgent(String questionnaire, String question, String answer) {
        var result = Advisor.evaluate("welke-hulp".equals(questionnaire) ? residents : carers, answers(question, answer));
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void thoughtsOfSuicideAreUrgentAndAlsoPointToSomeoneToTalkTo() {
        var result = Advisor.evaluate(residents, answers("stemming", "dood"));
        assertThat(result.urgent()).isTrue();
        assertThat(result.ids()).containsExactly("suicide", "somber");
    }

    @Test
    void adviceFollowsTheOrderOfSolutions() {
        var result = Advisor.evaluate(residents, answers("huishouden", "moeite", "huishouden-wat", "boodschappen",
                "netwerk", "nee"));
        assertThat(result.ids()).containsExactly("zelf-huishouden", "boodschappen", "melding");
        assertThat(result.advice()).extracting(AdviceRule::level).isSorted();
    }

    @Test
    void aNetworkThatCanHelpIsAdvisedBeforeAMelding() {
        var result = Advisor.evaluate(residents, answers("vervoer", "moeite", "vervoer-wat", "reizen", "netwerk", "ja"));
        assertThat(result.ids()).containsExactly("netwerk-vragen", "vervoer-algemeen");
    }

    @Test
    void answersToAQuestionThatIsNoLongerShownDoNotCount() {
        // Lonely score 5 was given, then "contact" changed to "often enough": the scale is hidden again.
        var result = Advisor.evaluate(residents, answers("contact", "genoeg", "eenzaam", "5"));
        assertThat(result.ids()).doesNotContain("ontmoeten");
        assertThat(residents.shownFor(answers("contact", "genoeg"))).extracting(Question::id).doesNotContain("eenzaam");
        assertThat(residents.shownFor(answers("contact", "te-weinig"))).extracting(Question::id).contains("eenzaam");
    }

    @Test
    void lonelinessOnTheScaleLeadsToMeetingPlaces() {
        assertThat(Advisor.evaluate(residents, answers("contact", "te-weinig", "eenzaam", "3")).ids()).contains("ontmoeten");
        assertThat(Advisor.evaluate(residents, answers("contact", "te-weinig", "eenzaam", "2")).ids())
                .doesNotContain("ontmoeten");
    }

    @Test
    void anAdaptationOfTheHomeAdvisesClientSupportAndAMelding() {
        assertThat(Advisor.evaluate(residents, answers("wonen", "aanpassing")).ids())
                .containsExactly("clientondersteuning", "melding");
    }

    @Test
    void aCarerWhoIsOverloadedGetsRespiteAndCarerSupport() {
        var result = Advisor.evaluate(carers, answers("uren", "meer-dan-20", "zwaar", "5", "tijd-voor-mij", "geen",
                "slapen", "nee", "alleen", "alleen", "boos", "nee"));
        assertThat(result.urgent()).isFalse();
        assertThat(result.ids()).containsExactly("zelf-grenzen", "netwerk-delen", "respijt", "steunpunt",
                "melding-mantelzorg");
    }

    @Test
    void aCarerWithALightLoadGetsNoRespiteAdvice() {
        var result = Advisor.evaluate(carers, answers("uren", "minder-dan-8", "zwaar", "2", "tijd-voor-mij", "genoeg",
                "slapen", "ja", "alleen", "ja", "boos", "nee"));
        assertThat(result.ids()).isEmpty();
    }

    @Test
    void aCarerAfraidToLoseTheirPatienceIsUrgent() {
        var result = Advisor.evaluate(carers, answers("boos", "ja"));
        assertThat(result.urgent()).isTrue();
        assertThat(result.ids().getFirst()).isEqualTo("geduld-kwijt");
    }

    @Test
    void everyRuleOfEveryQuestionnaireCanFire() {
        // A rule no combination of answers can reach is a mistake in the content.
        for (var questionnaire : List.of(residents, carers)) {
            for (var rule : questionnaire.advice()) {
                assertThat(ReachableRules.canFire(questionnaire, rule)).as(questionnaire.id() + "/" + rule.id()).isTrue();
            }
        }
    }

    @Test
    void textsReadInTheVisitorsLanguage() {
        assertThat(residents.title().in(java.util.Locale.ENGLISH)).isEqualTo("Which help suits me?");
        assertThat(residents.title().in(java.util.Locale.GERMAN)).isEqualTo("Welke hulp past bij mij?");
    }
}
