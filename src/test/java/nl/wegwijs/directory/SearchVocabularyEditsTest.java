package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.support.PostgresTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Editors' synonyms and compound splits work from the next search on, without reindexing. */
@PostgresTest
@WithMockUser(username = "redacteur", roles = "EDITOR")
class SearchVocabularyEditsTest {

    @Autowired
    SearchVocabularyEdits edits;

    @Autowired
    Directory directory;

    @Autowired
    VocabularyEntries entries;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeEntries() {
        jdbc.update("delete from directory_query_expansion");
        entries.applyToSearch();
    }

    @Test
    void aSynonymMakesAQueryWithoutResultsFindServicesAtOnce() {
        assertThat(search("portemonneestress").totalServices()).isZero();
        String indexed = indexFiles();

        VocabularyEntry entry = edits.addSynonym("Portemonnee-stress", "schulden, schuldhulp");

        assertThat(entry.word()).isEqualTo("portemonnee stress");
        assertThat(search("portemonnee stress").totalServices()).isPositive();
        assertThat(search("portemonnee-stress").hits()).extracting(SearchResponse.Hit::serviceId)
                .containsAnyElementsOf(ids(search("schulden")));
        assertThat(indexFiles()).as("no reindexing").isEqualTo(indexed);
        assertThat(edits.list()).singleElement().satisfies(e -> {
            assertThat(e.meaning()).containsExactly("schulden", "schuldhulp");
            assertThat(e.addedBy()).isEqualTo("redacteur");
        });
        // Autocomplete refreshes in the background after a change.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(directory.suggest("portemonnee", 5)).as("offered as a completion")
                        .anyMatch(s -> s.text().equals("portemonnee stress")));
    }

    @Test
    void aCompoundFindsTheServicesThatContainItsPartsAtFullWeight() {
        SearchResponse before = search("museummaatje");
        assertThat(before.totalServices()).isZero();

        edits.addCompound("museummaatje", "museum maatje");

        SearchResponse after = search("museummaatje");
        assertThat(after.hits()).isNotEmpty();
        assertThat(ids(after)).startsWith(ids(search("museum maatje")).getFirst());
        assertThat(after.hits().getFirst().score()).as("the same weight as typing the parts")
                .isCloseTo(search("museum maatje").hits().getFirst().score(), within(0.001f));
        assertThat(after.suggestion()).as("a known word is no typo").isNull();
    }

    @Test
    void editorsEntriesStayWhenTheWordListIsReloadedAndGoWhenRemoved() {
        edits.addSynonym("portemonneestress", "schulden");
        edits.addCompound("museummaatje", "museum maatje");
        directory.reloadSynonyms();
        assertThat(search("portemonneestress").totalServices()).isPositive();
        assertThat(search("museummaatje").totalServices()).isPositive();
        assertThat(search("eenzaam").totalServices()).as("the file's synonyms still work").isPositive();

        assertThat(edits.remove("Portemonneestress")).isTrue();
        assertThat(edits.remove("portemonneestress")).isFalse();
        assertThat(search("portemonneestress").totalServices()).isZero();
        assertThat(edits.list()).extracting(VocabularyEntry::word).containsExactly("museummaatje");
    }

    @Test
    void refusesEntriesWithAPreciseReason() {
        rejected(() -> edits.addSynonym("  ", "schulden"), VocabularyEntryRejected.Field.WORD,
                "vocabulary.error.word-empty");
        rejected(() -> edits.addSynonym("x".repeat(101), "schulden"), VocabularyEntryRejected.Field.WORD,
                "vocabulary.error.word-too-long");
        rejected(() -> edits.addSynonym("een twee drie vier vijf zes", "schulden"),
                VocabularyEntryRejected.Field.WORD, "vocabulary.error.word-too-many-words");
        rejected(() -> edits.addSynonym("geldstress", " , "), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.synonym-empty");
        rejected(() -> edits.addSynonym("geldstress", "schulden, " + "y".repeat(300)),
                VocabularyEntryRejected.Field.MEANING, "vocabulary.error.meaning-too-long");
        rejected(() -> edits.addSynonym("Geldstress", "schulden, geldstress"), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.synonym-same");
        rejected(() -> edits.addSynonym("lonely", "eenzaamheid"), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.synonym-listed");
        rejected(() -> edits.addCompound("museum maatje", "museum maatje"), VocabularyEntryRejected.Field.WORD,
                "vocabulary.error.compound-one-word");
        rejected(() -> edits.addCompound("museummaatje", ""), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.parts-empty");
        rejected(() -> edits.addCompound("museummaatje", "Museummaatje"), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.parts-same");
        rejected(() -> edits.addCompound("museummaatje", "museum"), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.parts-too-few");
        rejected(() -> edits.addCompound("museummaatje", "maatje museum"), VocabularyEntryRejected.Field.MEANING,
                "vocabulary.error.part-not-in-word");

        edits.addSynonym("geldstress", "schulden");
        rejected(() -> edits.addSynonym("GELDSTRESS", "schuldhulp"), VocabularyEntryRejected.Field.WORD,
                "vocabulary.error.duplicate-synonym");
        rejected(() -> edits.addCompound("geldstress", "geld stress"), VocabularyEntryRejected.Field.WORD,
                "vocabulary.error.duplicate-synonym");
        assertThat(edits.list()).hasSize(1);
    }

    @Test
    @WithMockUser(roles = "RESIDENT")
    void onlyEditorsChangeTheVocabulary() {
        assertThatThrownBy(() -> edits.addSynonym("geldstress", "schulden")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.list()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from directory_query_expansion", Long.class)).isZero();
    }

    private static void rejected(ThrowingCallable call, VocabularyEntryRejected.Field field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VocabularyEntryRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private SearchResponse search(String text) {
        return directory.search(SearchRequest.text(text));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::serviceId).toList();
    }

    /** The index's files: a rebuild or a reindex would change them. */
    private static String indexFiles() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/test-data/index/directory"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
