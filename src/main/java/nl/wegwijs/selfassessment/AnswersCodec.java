package nl.wegwijs.selfassessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as JSON: how they are kept in the browser between reloads and under a save code. Reading
 * is forgiving: anything that is not a map of question to list of strings gives no answers.
 */
public final class AnswersCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, List<String>>> SHAPE = new TypeReference<>() {
    };
    private static final int MAX_LENGTH = 64 * 1024;

    private AnswersCodec() {
    }

    public static String write(Answers answers) {
        return JSON.writeValueAsString(answers.values());
    }

    /** The answers in {@code json}, or none when it is missing, too long or not answers at all. */
    public static Answers read(String json) {
        if (json == null || json.isBlank() || json.length() > MAX_LENGTH) {
            return Answers.none();
        }
        try {
            Map<String, List<String>> values = JSON.readValue(json, SHAPE);
            if (values == null) {
                return Answers.none();
            }
            values.values().removeIf(list -> list == null || list.stream().anyMatch(v -> v == null));
            return new Answers(values);
        } catch (JacksonException | IllegalArgumentException e) {
            return Answers.none();
        }
    }
}
