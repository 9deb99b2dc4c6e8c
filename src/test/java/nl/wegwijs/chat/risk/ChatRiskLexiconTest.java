package nl.wegwijs.chat.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wegwijs.shared.WegwijsProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped risk lexicon finds danger in everyday spelling and leaves harmless messages alone. */
class ChatRiskLexiconTest {

    private static final LexiconRiskSignals SIGNALS = new LexiconRiskSignals(shipped());

    @ParameterizedTest
    @ValueSource(strings = {
        "ik denk aan zelfmoord",
        "Ik denk aan ZELFMOOOOORD!!!",
        "zelfmoordgedachten heb ik al weken",
        "ik wil er een eind aan maken",
        "Ik wil er gewoon een einde aan maken.",
        "ik wil niet meer leven",
        "soms wil ik gewoon dood",
        "ik heb pillen geslikt",
        "ik heb net 20 pillen geslikt",
        "de pillen heb ik allemaal geslikt",
        "hij slaat me als hij gedronken heeft",
        "Hij sláát me",
        "ik snij mezelf weer",
        "ik wil mezelf iets aandoen",
        "m'n vader slaat me",
        "ik heb een overdosis genomen",
        "suïcidale gedachten",
        "ik ben bang voor mijn man",
        "ik zie het niet meer zitten",
        "zelf-moord",
    })
    void findsRiskInTheseMessages(String message) {
        assertThat(SIGNALS.isRisky(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "wat een moordweer vandaag",
        "waar is de pilletjesdoos gebleven",
        "ik ben groente aan het snijden voor het eten",
        "ik heb mijn pillen opgehaald bij de apotheek",
        "dat was een flinke strop voor ons",
        "ik voel me alleen sinds mijn vrouw overleden is",
        "mijn moeder heeft dementie en ik kan het niet meer aan",
        "de dokter heeft me doorverwezen",
        "ik lees een boek over een moord",
        "ik wil niet dood, ik wil gewoon praten",
        "dat slaat nergens op",
        "",
        "   ?!  ",
    })
    void leavesTheseMessagesAlone(String message) {
        assertThat(SIGNALS.isRisky(message)).as(message).isFalse();
    }

    @Test
    void aNullMessageIsNotRisky() {
        assertThat(SIGNALS.isRisky(null)).isFalse();
    }

    @Test
    void aWildcardMayStandAtEitherEndAndAGapTakesUpToThreeWords() throws IOException {
        RiskLexicon lexicon = lexicon("*pijn* ... weg\nergens ... heen\n");
        assertThat(lexicon.matches("buikpijnklachten gaan niet weg")).isTrue();
        assertThat(lexicon.matches("ergens heen")).isTrue();
        assertThat(lexicon.matches("ergens een twee drie heen")).isTrue();
        assertThat(lexicon.matches("ergens een twee drie vier heen")).isFalse();
        assertThat(lexicon.matches("heen ergens")).isFalse();
    }

    @Test
    void namesTheFileAndLineOfAnUnknownCharacter() {
        assertThatThrownBy(() -> lexicon("# uitleg\nzelfmoord\n\nzelf/moord\n"))
                .isInstanceOf(InvalidLexiconException.class)
                .hasMessageContaining("test-lexicon.txt, line 4")
                .hasMessageContaining("zelf/moord");
    }

    @Test
    void refusesWordsSoShortTheyWouldMatchHarmlessMessages() {
        assertThatThrownBy(() -> lexicon("zelfmoord\npil*\n")).hasMessageContaining("line 2")
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> lexicon("ik\n")).hasMessageContaining("line 1").hasMessageContaining("too short");
    }

    @Test
    void refusesAGapAtTheEdgeAndAStarInsideAWord() {
        assertThatThrownBy(() -> lexicon("... pillen\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> lexicon("zelfmoord\nzelf*moord\n")).hasMessageContaining("line 2");
    }

    @Test
    void refusesAFileWithoutTermsAndAFileThatIsNotUtf8() {
        assertThatThrownBy(() -> lexicon("# alleen uitleg\n\n")).hasMessageContaining("no terms");
        byte[] latin1 = "zelfmoord\nsuïcide\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RiskLexicon.read(new ByteArrayInputStream(latin1), "test-lexicon.txt"))
                .hasMessageContaining("line 2").hasMessageContaining("UTF-8");
    }

    @Test
    void aBrokenOrMissingFileInTheContentFolderStopsTheStartNamingFileAndLine(@TempDir Path content) throws IOException {
        assertThatThrownBy(() -> new LexiconRiskSignals(new DefaultResourceLoader(), properties(content)))
                .hasMessageContaining("chat/risk-lexicon.txt not found");
        Files.createDirectories(content.resolve("chat"));
        Files.writeString(content.resolve("chat/risk-lexicon.txt"), "# uitleg\nzelfmoord\npillen; geslikt\n");
        assertThatThrownBy(() -> new LexiconRiskSignals(new DefaultResourceLoader(), properties(content)))
                .hasMessageStartingWith("Risk lexicon file:" + content.toUri().getPath())
                .hasMessageContaining("chat/risk-lexicon.txt, line 3");
    }

    private static WegwijsProperties properties(Path content) {
        return new WegwijsProperties(content, false, "file:" + content.toUri().getPath(),
                new WegwijsProperties.Municipality("Gemeente Test", "/images/logo.svg", "#1d5c87", "14 0000",
                        "info@test.example", "Straat 1", "altijd"),
                List.of(), new WegwijsProperties.Directory("classpath:content/directory/meppel/", false, false, 1000));
    }

    private static RiskLexicon lexicon(String text) throws IOException {
        return RiskLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test-lexicon.txt");
    }

    private static RiskLexicon shipped() {
        Path file = Path.of("content", "chat", "risk-lexicon.txt");
        try (InputStream in = Files.newInputStream(file)) {
            return RiskLexicon.read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
