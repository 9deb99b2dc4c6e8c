package nl.wegwijs.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.shared.WegwijsProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A broken questionnaire in the content folder stops the start, and the message says where. */
class BrokenQuestionnaireStartTest {

    @Configuration
    @EnableConfigurationProperties(WegwijsProperties.class)
    static class Properties {
    }

    @TempDir
    Path content;

    ApplicationContextRunner portal() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class)
                .withBean(Questionnaires.class)
                .withPropertyValues("wegwijs.data-dir=" + content.resolve("data"),
                        "wegwijs.content-location=file:" + content + "/");
    }

    @Test
    void aBrokenFileStopsTheStartNamingFileAndLine() throws IOException {
        Files.createDirectories(content.resolve("selfassessment"));
        Files.copy(Path.of("content/selfassessment/welke-hulp.yaml"), content.resolve("selfassessment/welke-hulp.yaml"));
        Files.writeString(content.resolve("selfassessment/kapot.yaml"), """
                id: kapot
                version: 1
                title: {nl: Kapot, en: Broken}
                intro: {nl: Kapot, en: Broken}
                questions:
                  - id: vraag
                    type: single
                    text: {nl: Vraag, en: Question}
                    options:
                      - {id: ja, nl: Ja, en: Yes}
                      - {id: nee, nl: Nee, en: No}
                advice:
                  - id: advies
                    level: network
                    when: {question: vraag, in: [misschien]}
                    title: {nl: Titel, en: Title}
                    text: {nl: Tekst, en: Text}
                    because: {nl: Omdat, en: Because}
                """);
        portal().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(QuestionnaireInvalid.class)
                    .hasMessage("selfassessment/kapot.yaml, line 15: question 'vraag' has no option 'misschien'");
        });
    }

    @Test
    void correctFilesStart() throws IOException {
        Files.createDirectories(content.resolve("selfassessment"));
        Files.copy(Path.of("content/selfassessment/welke-hulp.yaml"), content.resolve("selfassessment/welke-hulp.yaml"));
        portal().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Questionnaires.class).all()).extracting(Questionnaire::id)
                    .containsExactly("welke-hulp");
        });
    }
}
