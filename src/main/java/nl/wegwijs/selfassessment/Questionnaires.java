package nl.wegwijs.selfassessment;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The self-tests in {@code content/selfassessment/*.yaml}, read and checked once at start-up: a
 * broken file stops the start with {@link QuestionnaireInvalid} naming the file and the line, so a
 * mistake never reaches residents.
 */
@Service
public class Questionnaires {

    static final String FOLDER = "selfassessment/";

    private final Map<String, Questionnaire> byId;

    Questionnaires(ResourcePatternResolver resources, WegwijsProperties properties) {
        String location = properties.contentLocation().endsWith("/")
                ? properties.contentLocation() : properties.contentLocation() + "/";
        this.byId = load(resources, location);
    }

    static Map<String, Questionnaire> load(ResourcePatternResolver resources, String location) {
        Resource[] files;
        try {
            files = resources.getResources(location + FOLDER + "*.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the questionnaires in " + location + FOLDER, e);
        }
        var loaded = new LinkedHashMap<String, Questionnaire>();
        for (Resource file : sorted(files)) {
            String name = FOLDER + file.getFilename();
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                var questionnaire = QuestionnaireReader.read(name, reader);
                var earlier = loaded.put(questionnaire.id(), questionnaire);
                if (earlier != null) {
                    throw new QuestionnaireInvalid(name, 1, "id '%s' is also used by %s"
                            .formatted(questionnaire.id(), earlier.file()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }
        return Map.copyOf(loaded);
    }

    private static List<Resource> sorted(Resource[] files) {
        return java.util.Arrays.stream(files)
                .sorted(Comparator.comparing(file -> String.valueOf(file.getFilename()))).toList();
    }

    /** All self-tests, ordered by id. Public content. */
    @PreAuthorize("permitAll()")
    public List<Questionnaire> all() {
        return byId.values().stream().sorted(Comparator.comparing(Questionnaire::id)).toList();
    }

    /** One self-test by its id (as in its URL); empty for an unknown id. Public content. */
    @PreAuthorize("permitAll()")
    public Optional<Questionnaire> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
