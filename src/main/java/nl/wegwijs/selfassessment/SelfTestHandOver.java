package nl.wegwijs.selfassessment;

import java.util.List;

/**
 * What a resident agreed to pass from a self-test to a melding: only the answers they kept, in
 * words. It travels in the resident's own session, never through the database.
 */
public record SelfTestHandOver(String questionnaireId, List<AnsweredQuestion> answers) {

    public SelfTestHandOver {
        answers = List.copyOf(answers);
    }
}
