package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.hsds.Hsds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

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
        SearchVocabulary content = SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/");
        // The content's word lists without its lay synonyms, which would add other words to the query.
        SearchVocabulary vocabulary = new SearchVocabulary(content.stopWords(), content.compoundParts(),
                content.compoundExceptions(), content.stemOverrides(), Map.of());
        index = new DirectoryIndex(folder, vocabulary);
        index.rebuild(consumer -> consumer.accept(List.of(
                service("only-first-part", "Alfa", "Vrijwilligers doen boodschappen voor u."),
                service("only-second-part", "Bravo", "Onze dienst komt bij u thuis."),
                service("compound", "Charlie", "Een boodschappendienst in de wijk."),
                service("compound-too", "Echo", "Onze boodschappendienst rijdt op dinsdag."),
                service("all-parts", "Delta", "Een dienst die uw boodschappen thuis brengt."),
                service("odd-jobs", "Foxtrot", "Vrijwilligers doen klussen in en om het huis."))), "test");
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

    private static Hsds.Service service(String id, String name, String description) {
        Hsds.Organization organization = new Hsds.Organization("org-" + id, "Stichting " + name, null, null, null, null);
        return new Hsds.Service(id, organization.id(), name, null, description, null, null, "active", null, null,
                null, null, null, LocalDate.of(2026, 1, 1), null, Instant.parse("2026-01-01T00:00:00Z"), organization,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
