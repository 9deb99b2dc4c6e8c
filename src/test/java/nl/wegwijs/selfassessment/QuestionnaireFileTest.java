package nl.wegwijs.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A broken questionnaire file is refused with the file and the line an editor must look at. */
class QuestionnaireFileTest {

    static final String HEADER = """
            id: test
            version: 1
            title: {nl: Test, en: Test}
            intro: {nl: Intro, en: Intro}
            questions:
              - id: huis
                type: single
                text: {nl: "Huis?", en: "Home?"}
                options:
                  - {id: ja, nl: Ja, en: Yes}
                  - {id: nee, nl: Nee, en: No}
              - id: zwaar
                type: scale
                min: 1
                max: 5
                low: {nl: Licht, en: Light}
                high: {nl: Zwaar, en: Heavy}
                text: {nl: "Hoe zwaar?", en: "How heavy?"}
            """;

    static final String ADVICE = """
            advice:
              - id: hulp
                level: general_provision
                when: {question: huis, in: [nee]}
                title: {nl: Hulp, en: Help}
                text: {nl: Tekst, en: Text}
                because: {nl: Omdat, en: Because}
            """;

    static Questionnaire read(String yaml) {
        return QuestionnaireReader.read("selfassessment/test.yaml", new StringReader(yaml));
    }

    @Test
    void readsAValidFile() {
        var questionnaire = read(HEADER + ADVICE);
        assertThat(questionnaire.questions()).extracting(Question::id).containsExactly("huis", "zwaar");
        assertThat(questionnaire.advice()).extracting(AdviceRule::level).containsExactly(AdviceLevel.GENERAL_PROVISION);
    }

    @Test
    void namesTheLineOfAnUnknownOption() {
        assertThatThrownBy(() -> read(HEADER + ADVICE.replace("in: [nee]", "in: [misschien]")))
                .isInstanceOf(QuestionnaireInvalid.class)
                .hasMessage("selfassessment/test.yaml, line 22: question 'huis' has no option 'misschien'");
    }

    @Test
    void namesTheLineOfAnUnknownQuestion() {
        assertThatThrownBy(() -> read(HEADER + ADVICE.replace("question: huis", "question: auto")))
                .hasMessage("selfassessment/test.yaml, line 22: question 'auto' is not defined above this line");
    }

    @Test
    void namesTheLineOfATypoInAKey() {
        assertThatThrownBy(() -> read(HEADER.replace("    text: {nl: \"Huis?\"", "    txet: {nl: \"Huis?\"") + ADVICE))
                .hasMessageStartingWith("selfassessment/test.yaml, line 8: unknown key 'txet'");
    }

    @Test
    void namesTheLineOfAMissingTranslation() {
        assertThatThrownBy(() -> read(HEADER.replace("{nl: \"Huis?\", en: \"Home?\"}", "{nl: \"Huis?\"}") + ADVICE))
                .hasMessage("selfassessment/test.yaml, line 8: a text needs both 'nl' (Dutch) and 'en' (English)");
    }

    @Test
    void namesTheLineOfAYamlSyntaxError() {
        assertThatThrownBy(() -> read(HEADER + ADVICE.replace("title: {nl: Hulp, en: Help}", "title: {nl: Hulp, en: Help")))
                .isInstanceOf(QuestionnaireInvalid.class)
                .hasMessageStartingWith("selfassessment/test.yaml, line 2")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesAScaleBoundOutsideTheScale() {
        assertThatThrownBy(() -> read(HEADER + ADVICE.replace("{question: huis, in: [nee]}", "{question: zwaar, at_least: 7}")))
                .hasMessage("selfassessment/test.yaml, line 22: 7 is outside the scale of 'zwaar' (1 to 5)");
    }

    @Test
    void refusesAnUnknownLevel() {
        assertThatThrownBy(() -> read(HEADER + ADVICE.replace("general_provision", "later")))
                .hasMessageStartingWith("selfassessment/test.yaml, line 21: 'later' is not one of: urgent, own_strength");
    }

    @Test
    void refusesAConditionThatLooksAhead() {
        String lookingAhead = HEADER.replace("    text: {nl: \"Hoe zwaar?\"",
                "    show_if: {question: later, answered: true}\n    text: {nl: \"Hoe zwaar?\"");
        assertThatThrownBy(() -> read(lookingAhead + ADVICE))
                .hasMessage("selfassessment/test.yaml, line 18: question 'later' is not defined above this line");
    }

    @Test
    void refusesTheSameQuestionIdTwice() {
        assertThatThrownBy(() -> read(HEADER.replace("id: zwaar", "id: huis") + ADVICE))
                .hasMessage("selfassessment/test.yaml, line 12: question id 'huis' is used twice");
    }
}
