package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** How a visitor's words find the lay-language synonyms. */
class TextQueriesTest {

    private final TextQueries queries = new TextQueries(
            SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/"));

    @Test
    void aLayPhraseOfSeveralWordsIsFoundInAnyOrder() {
        assertThat(queries.expansions("drinken te veel")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(queries.expansions("te veel drinken"));
        assertThat(queries.expansions("mijn vader drinkt te veel")).contains("alcohol");

        queries.useSynonyms(Map.of("geld tekort", List.of("schulden")));
        assertThat(queries.expansions("tekort geld")).containsExactly("schulden");
        assertThat(queries.expansions("ik heb tekort geld nu")).containsExactly("schulden");
        // The words must be next to each other, and all of them there.
        assertThat(queries.expansions("tekort aan geld")).isEmpty();
        assertThat(queries.expansions("tekort")).isEmpty();
    }
}
