package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.SmallIndexes.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking field holds every text of a service in one postings list per word, a word counting
 * by where it is: in the name four times, in the organisation's name twice as much as in the
 * description (BM25F, weighed while indexing).
 */
class RankingFieldTest {

    @TempDir
    static Path folder;

    private static DirectoryIndex index;
    private static DirectorySearcher searcher;

    @BeforeAll
    static void index() {
        SearchVocabulary vocabulary = SmallIndexes.vocabularyWithoutSynonyms();
        index = new DirectoryIndex(folder, vocabulary);
        index.rebuild(consumer -> consumer.accept(List.of(
                service("in-description", "Buurthuis Oost", "Stichting Welzijn",
                        "Elke week een taalcafé, koffie en een krant."),
                service("in-name", "Taalcafé Oost", "Stichting Welzijn",
                        "Elke week praten, koffie en een krant."),
                service("in-organization", "Koffie en krant", "Stichting Taalcafé",
                        "Elke week praten in de buurt, met koffie."))), "test");
        searcher = new DirectorySearcher(index, vocabulary);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aWordInTheNameOutranksTheOrganisationWhichOutranksTheDescription() {
        SearchResponse found = searcher.search(SearchRequest.text("taalcafe"), java.time.ZonedDateTime.now(Directory.ZONE));

        assertThat(found.hits()).extracting(SearchResponse.Hit::serviceId)
                .containsExactly("in-name", "in-organization", "in-description");
    }

    @Test
    void aWordsFrequencyIsWeighedByWhereItIs() {
        // "koffie": the description once (2) in all three; the name once (8) in "in-organization".
        Map<String, Integer> frequencies = index.withSearcher(indexSearcher -> {
            Map<String, Integer> byService = new java.util.HashMap<>();
            LeafReader leaf = indexSearcher.getIndexReader().leaves().getFirst().reader();
            TermsEnum terms = leaf.terms(IndexFields.RANKED).iterator();
            assertThat(terms.seekExact(new BytesRef("koffie"))).isTrue();
            PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
            var stored = leaf.storedFields();
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                byService.put(stored.document(doc).get(IndexFields.SERVICE_ID), postings.freq());
            }
            return byService;
        });

        assertThat(frequencies).containsExactlyInAnyOrderEntriesOf(
                Map.of("in-description", 2, "in-name", 2, "in-organization", 8 + 2));
    }
}
