package nl.wegwijs.selfassessment;

/** Saved answers brought back with a code: the questionnaire they belong to and the answers. */
public record ResumedSelfTest(String questionnaireId, Answers answers) {
}
