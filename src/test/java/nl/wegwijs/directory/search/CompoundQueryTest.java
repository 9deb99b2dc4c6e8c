package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.SmallIndexes.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.wegwijs.directory.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compound in the query ("boodschappendienst") is found where the service has the compound or
 * all of its parts, not where it has only one part: "dienst" alone is in half the directory. Only
 * the tolerant retry, when fewer than three services match, accepts one part.
 */
class CompoundQueryTest {

    @TempDir
    static Path folder;

    private static DirectoryIndex index;
    private static DirectorySearcher searcher;

    @BeforeAll
    static void index() {
        SearchVocabulary vocabulary = SmallIndexes.vocabularyWithoutSynonyms();
        index = new DirectoryIndex(folder, vocabulary);
        index.rebuild(consumer -> consumer.accept(List.of(
                service("only-first-part", "Alfa", "Stichting Alfa", "Vrijwilligers doen boodschappen voor u."),
                service("only-second-part", "Bravo", "Stichting Bravo", "Onze dienst komt bij u thuis."),
                service("compound", "Charlie", "Stichting Charlie", "Een boodschappendienst in de wijk."),
                service("compound-too", "Echo", "Stichting Echo", "Onze boodschappendienst rijdt op dinsdag."),
                service("all-parts", "Delta", "Stichting Delta", "Een dienst die uw boodschappen thuis brengt."),
                service("odd-jobs", "Foxtrot", "Stichting Foxtrot", "Vrijwilligers doen klussen in en om het huis."))), "test");
        searcher = new DirectorySearcher(index, vocabulary);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aCompoundMatchesServicesWithTheCompoundOrAllItsPartsOnly() {
        SearchResponse found = searcher.search(SearchRequest.text("boodschappendienst"),
                java.time.ZonedDateTime.now(Directory.ZONE));

        assertThat(found.hits()).extracting(SearchResponse.Hit::serviceId)
                .containsExactlyInAnyOrder("compound", "compound-too", "all-parts");
        assertThat(found.totalServices()).as("counted as ranked").isEqualTo(3);
        assertThat(found.typoTolerant()).isFalse();
    }

    @Test
    void whenFewServicesHaveTheCompoundTheTolerantRetryAcceptsOnePart() {
        // No service has "klussendienst", nor both "klus" and "dienst".
        SearchResponse found = searcher.search(SearchRequest.text("klussendienst"),
                java.time.ZonedDateTime.now(Directory.ZONE));

        assertThat(found.typoTolerant()).isTrue();
        assertThat(found.hits()).extracting(SearchResponse.Hit::serviceId).contains("odd-jobs", "only-second-part");
    }

    @Test
    void aPartTypedOnItsOwnStillFindsTheCompound() {
        SearchResponse found = searcher.search(SearchRequest.text("dienst"),
                java.time.ZonedDateTime.now(Directory.ZONE));

        assertThat(found.hits()).extracting(SearchResponse.Hit::serviceId)
                .containsExactlyInAnyOrder("only-second-part", "compound", "compound-too", "all-parts");
    }
}
