package nl.wegwijs.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Save and continue later" on PostgreSQL: a code brings the answers back for 30 days, and nothing else does. */
@PostgresTest
class SelfTestSavesTest {

    @Autowired
    SelfTestSaves saves;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startWithoutSaves() {
        jdbc.update("DELETE FROM self_test_save");
    }

    @Test
    void theCodeBringsBackTheAnswersInAnyNotationForThirtyDays() {
        var answers = QuestionnaireRulesTest.answers("veilig", "ja", "huishouden", "moeite",
                "huishouden-wat", "boodschappen,koken", "postcode", "1234 AB");
        var code = saves.save("welke-hulp", answers);

        assertThat(code.value()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(code.validUntil()).isEqualTo(LocalDate.now().plusDays(30));
        var resumed = saves.resume(" " + code.value().toLowerCase().replace("-", " ") + " ").orElseThrow();
        assertThat(resumed.questionnaireId()).isEqualTo("welke-hulp");
        assertThat(resumed.answers()).isEqualTo(answers);
    }

    @Test
    void answersToQuestionsThatAreNotShownAreNotKept() {
        var code = saves.save("welke-hulp", QuestionnaireRulesTest.answers("huishouden", "lukt",
                "huishouden-wat", "klussen"));

        assertThat(saves.resume(code.value()).orElseThrow().answers().values()).containsOnlyKeys("huishouden");
    }

    @Test
    void unknownMangledOrEmptyCodesBringNothingBack() {
        var code = saves.save("welke-hulp", QuestionnaireRulesTest.answers("veilig", "ja"));
        String other = code.value().charAt(0) == 'A' ? "B" + code.value().substring(1) : "A" + code.value().substring(1);

        assertThat(saves.resume(other)).isEmpty();
        assertThat(saves.resume(code.value().substring(0, 9))).isEmpty();
        assertThat(saves.resume("")).isEmpty();
        assertThat(saves.resume(null)).isEmpty();
        assertThat(saves.resume("' OR 1=1 --")).isEmpty();
    }

    @Test
    void onlyTheHashOfTheCodeIsStored() {
        var code = saves.save("welke-hulp", QuestionnaireRulesTest.answers("veilig", "ja"));

        List<String> stored = jdbc.queryForList("SELECT code_hash FROM self_test_save", String.class);
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst()).hasSize(64).doesNotContain(code.value().replace("-", ""));
    }

    @Test
    void anExpiredCodeBringsNothingBackAndItsAnswersAreDeleted() {
        var code = saves.save("mantelzorg-check", QuestionnaireRulesTest.answers("uren", "meer-dan-20"));
        jdbc.update("UPDATE self_test_save SET expires_at = expires_at - INTERVAL '31 days'");

        assertThat(saves.resume(code.value())).isEmpty();
        saves.purgeExpired();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM self_test_save", Long.class)).isZero();
    }

    @Test
    void theResidentCanHaveTheirAnswersForgotten() {
        var code = saves.save("welke-hulp", QuestionnaireRulesTest.answers("veilig", "ja"));
        saves.forget(code.value());

        assertThat(saves.resume(code.value())).isEmpty();
    }

    @Test
    void anUnknownQuestionnaireIsRefused() {
        assertThatThrownBy(() -> saves.save("bestaat-niet", Answers.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
