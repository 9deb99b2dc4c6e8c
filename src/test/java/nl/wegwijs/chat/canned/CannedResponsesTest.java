package nl.wegwijs.chat.canned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wegwijs.shared.WegwijsProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The console's canned responses: the shipped file loads, and every kind of mistake names its line. */
class CannedResponsesTest {

    @Test
    void theShippedFileLoadsWithItsWelcomeFirstAndEveryTextInTheJeForm() {
        var responses = new CannedResponses(new DefaultResourceLoader(), properties(Path.of("content"))).all();
        assertThat(responses).hasSizeGreaterThanOrEqualTo(8);
        assertThat(responses.getFirst().label()).isEqualTo("Welkom");
        assertThat(responses.getFirst().text()).startsWith("Hoi, fijn dat je er bent.");
        assertThat(responses).extracting(CannedResponse::text).allSatisfy(text ->
                assertThat(text).doesNotContainPattern("(?i)(?<!\\p{L})(u|uw)(?!\\p{L})").hasSizeLessThanOrEqualTo(2000));
    }

    @Test
    void textUnderALabelKeepsItsInnerLinesAndLosesCommentsAndOuterBlankLines() throws IOException {
        var responses = read("""
                # uitleg
                = Eerste

                Regel een.
                # dit telt niet
                Regel twee.

                Nieuwe alinea.

                = Tweede
                Kort.
                """);
        assertThat(responses).containsExactly(new CannedResponse("Eerste", "Regel een.\nRegel twee.\n\nNieuwe alinea."),
                new CannedResponse("Tweede", "Kort."));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() throws IOException {
        assertThat(read("\uFEFF= Hallo\r\nHoi!\r\n")).containsExactly(new CannedResponse("Hallo", "Hoi!"));
    }

    @Test
    void textBeforeTheFirstLabelIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("# kop\n\nHoi zonder naam\n= Naam\nTekst\n"))
                .isInstanceOf(InvalidCannedResponsesException.class)
                .hasMessageContaining("test.txt, line 3").hasMessageContaining("before the first label");
    }

    @Test
    void anEmptyOrOverlongLabelIsRefused() {
        assertThatThrownBy(() -> read("=   \nTekst\n")).hasMessageContaining("line 1").hasMessageContaining("empty");
        assertThatThrownBy(() -> read("= a\nTekst\n= " + "x".repeat(61) + "\nTekst\n"))
                .hasMessageContaining("line 3").hasMessageContaining("longer than 60");
    }

    @Test
    void aLabelWithoutTextIsRefused() {
        assertThatThrownBy(() -> read("= Leeg\n\n# niets\n= Vol\nTekst\n"))
                .hasMessageContaining("line 1").hasMessageContaining("'Leeg' has no text");
    }

    @Test
    void aLabelUsedTwiceIsRefusedWhateverItsCapitals() {
        assertThatThrownBy(() -> read("= Welkom\nHoi\n= welkom\nHallo\n"))
                .hasMessageContaining("line 3").hasMessageContaining("used twice");
    }

    @Test
    void aTextLongerThanAChatMessageMayBeIsRefused() {
        assertThatThrownBy(() -> read("= Lang\n" + "a".repeat(2001) + "\n"))
                .hasMessageContaining("line 1").hasMessageContaining("2001 characters");
    }

    @Test
    void theFormalUOrUwIsRefusedButWordsContainingThoseLettersAreFine() throws IOException {
        assertThatThrownBy(() -> read("= Vraag\nHoe gaat het met U?\n"))
                .hasMessageContaining("says 'U'").hasMessageContaining("je/jij");
        assertThatThrownBy(() -> read("= Vraag\nWat is uw vraag?\n")).hasMessageContaining("says 'uw'");
        assertThat(read("= Tijd\nNeem een uur de tijd, rustig aan. Ik ben er nu.\n")).hasSize(1);
    }

    @Test
    void invalidUtf8IsRefusedOnItsLine() {
        byte[] bytes = "= Naam\nTekst\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CannedResponsesFile.read(new ByteArrayInputStream(bytes), "test.txt"))
                .hasMessageContaining("line 3").hasMessageContaining("UTF-8");
    }

    @Test
    void aFileWithoutResponsesOrAMissingFileStopsTheStart(@TempDir Path content) throws IOException {
        assertThatThrownBy(() -> read("# alleen uitleg\n")).hasMessageContaining("no responses");
        assertThatThrownBy(() -> new CannedResponses(new DefaultResourceLoader(), properties(content)))
                .hasMessageContaining("not found");
        Files.createDirectories(content.resolve("chat"));
        Files.writeString(content.resolve("chat/canned-responses.txt"), "= A\nWat wilt u?\n");
        assertThatThrownBy(() -> new CannedResponses(new DefaultResourceLoader(), properties(content)))
                .isInstanceOf(InvalidCannedResponsesException.class).hasMessageContaining("canned-responses.txt, line 1");
    }

    private static List<CannedResponse> read(String text) throws IOException {
        return CannedResponsesFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    private static WegwijsProperties properties(Path content) {
        return new WegwijsProperties(content, false, "file:" + content.toAbsolutePath().toUri().getPath(),
                new WegwijsProperties.Municipality("Gemeente Test", "/images/logo.svg", "#1d5c87", "14 0000",
                        "info@test.example", "Straat 1", "altijd"),
                List.of(), new WegwijsProperties.Directory("classpath:content/directory/meppel/", false, false, 1000));
    }
}
