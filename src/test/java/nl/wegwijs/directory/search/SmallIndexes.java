package nl.wegwijs.directory.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.core.io.DefaultResourceLoader;

/** What the tests of a handful of services in an index of their own share. */
final class SmallIndexes {

    private SmallIndexes() {
    }

    /** The content's word lists without its lay synonyms, which would add other words to a query. */
    static SearchVocabulary vocabularyWithoutSynonyms() {
        SearchVocabulary content = SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/");
        return new SearchVocabulary(content.stopWords(), content.compoundParts(), content.compoundExceptions(),
                content.stemOverrides(), Map.of());
    }

    /** An active service with only a name, an organisation and a description. */
    static Hsds.Service service(String id, String name, String organizationName, String description) {
        Hsds.Organization organization = new Hsds.Organization("org-" + id, organizationName, null, null, null, null);
        return new Hsds.Service(id, organization.id(), name, null, description, null, null, "active", null, null,
                null, null, null, LocalDate.of(2026, 1, 1), null, Instant.parse("2026-01-01T00:00:00Z"), organization,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
