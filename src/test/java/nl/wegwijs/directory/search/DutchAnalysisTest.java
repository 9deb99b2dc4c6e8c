package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The Dutch analysis chain with the shipped word lists. */
class DutchAnalysisTest {

    private static final SearchVocabulary VOCABULARY = SearchVocabulary.load(new DefaultResourceLoader(), "file:content/");
    private static final Analyzer TEXT = DutchAnalysis.text(VOCABULARY);

    @Test
    void splitsSocialDomainCompoundsAndKeepsTheWholeWord() {
        assertThat(DecompoundFilter.split("schuldhulpverlening", VOCABULARY.compoundParts()))
                .containsExactly("schuldhulp", "verlening");
        assertThat(tokens("schuldhulpverlening")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tokens("mantelzorgondersteuning")).contains("mantelzorg");
        assertThat(tokens("boodschappendienst")).contains("dienst");
    }

    @Test
    void doesNotSplitWordsThatOnlyLookLikeCompounds() {
        assertThat(tokens("huiselijk")).doesNotContain("huis");
        assertThat(DecompoundFilter.split("huiselijk", VOCABULARY.compoundParts())).containsExactly("huiselijk");
    }

    @Test
    void foldsAccentsButKeepsTheOriginal() {
        List<String> accented = tokens("cliënt");
        assertThat(accented).containsAnyElementsOf(tokens("client"));
    }

    @Test
    void removesDutchStopWordsButKeepsWordsThatMatterHere() {
        assertThat(tokens("hulp bij de voedselbank")).doesNotContain("de", "bij");
        assertThat(tokens("zonder verwijzing")).isNotEmpty().hasSizeGreaterThan(1);
    }

    @Test
    void joinsFormsOfOneWordThroughStemmingAndOverrides() {
        assertThat(tokens("kinderen")).containsAnyElementsOf(tokens("kind"));
        assertThat(tokens("maaltijden")).containsAnyElementsOf(tokens("maaltijd"));
        assertThat(tokens("aanpassing")).containsAnyElementsOf(tokens("aanpassen"));
    }

    @Test
    void readsSynonymsInSolrFormat() {
        var synonyms = SearchVocabulary.synonyms(List.of("eenzaam, alleen => ontmoeting, maatje", "a, b", "# comment"));
        assertThat(synonyms.get("eenzaam")).containsExactly("ontmoeting", "maatje");
        assertThat(synonyms.get("alleen")).containsExactly("ontmoeting", "maatje");
        assertThat(synonyms.get("a")).containsExactly("b");
        assertThat(VOCABULARY.synonyms()).containsKey("geldzorgen");
    }

    @Test
    void measuresEditDistanceWithTranspositions() {
        assertThat(EditDistance.between("mantelzrog", "mantelzorg", 2)).isEqualTo(1);
        assertThat(EditDistance.between("dementy", "dementie", 2)).isEqualTo(2);
        assertThat(EditDistance.between("fiets", "voedselbank", 2)).isEqualTo(3);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = TEXT.tokenStream("description", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }
}
