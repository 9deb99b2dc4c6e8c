package nl.wegwijs.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the browser hands back is never trusted: anything but answers reads as no answers. */
class AnswersCodecTest {

    @Test
    void answersSurviveTheRoundTrip() {
        var answers = QuestionnaireRulesTest.answers("veilig", "ja", "huishouden-wat", "schoonmaken,koken");

        assertThat(AnswersCodec.read(AnswersCodec.write(answers))).isEqualTo(answers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "42", "{\"a\": 3}", "{\"a\": [null]}", "{\"a\": {\"b\": 1}}",
            "{not json", "\"text\""})
    void anythingElseReadsAsNoAnswers(String stored) {
        assertThat(AnswersCodec.read(stored)).isEqualTo(Answers.none());
    }

    @Test
    void anOversizedValueReadsAsNoAnswers() {
        assertThat(AnswersCodec.read("{\"a\": [\"" + "x".repeat(70_000) + "\"]}")).isEqualTo(Answers.none());
    }
}
