package nl.wegwijs.applications;

import tools.jackson.databind.json.JsonMapper;

/** Melding answers as stored: JSON, so a new question needs no migration. */
final class AnswersJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswersJson() {
    }

    static String write(MeldingAnswers answers) {
        return JSON.writeValueAsString(answers);
    }

    static MeldingAnswers read(String json) {
        return JSON.readValue(json, MeldingAnswers.class);
    }
}
