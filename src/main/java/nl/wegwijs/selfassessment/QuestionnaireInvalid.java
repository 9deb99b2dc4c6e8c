package nl.wegwijs.selfassessment;

/** A questionnaire file that cannot be used; the message names the file and the line. */
public class QuestionnaireInvalid extends RuntimeException {

    public QuestionnaireInvalid(String file, int line, String problem) {
        super("%s, line %d: %s".formatted(file, line, problem));
    }
}
