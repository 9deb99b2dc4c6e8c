package nl.wegwijs.directory;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The editors' vocabulary entries in the database, and handing them with the word lists to the search. */
@Component
class VocabularyEntries {

    private static final RowMapper<VocabularyEntry> ROW = (rs, n) -> {
        VocabularyEntry.Kind kind = VocabularyEntry.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT));
        String expansion = rs.getString("expansion");
        return new VocabularyEntry(rs.getString("term"), kind, kind == VocabularyEntry.Kind.SYNONYM
                ? List.of(expansion.split(", ")) : List.of(expansion.split(" ")),
                rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class));
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectorySearcher searcher;
    private final ResourceLoader resources;
    private final String contentLocation;

    VocabularyEntries(NamedParameterJdbcTemplate jdbc, DirectorySearcher searcher, ResourceLoader resources,
            WegwijsProperties properties) {
        this.jdbc = jdbc;
        this.searcher = searcher;
        this.resources = resources;
        this.contentLocation = properties.contentLocation();
    }

    List<VocabularyEntry> all() {
        return jdbc.query("SELECT * FROM directory_query_expansion ORDER BY added_at DESC, term", ROW);
    }

    Optional<VocabularyEntry> find(String word) {
        return jdbc.query("SELECT * FROM directory_query_expansion WHERE term = :term", Map.of("term", word), ROW)
                .stream().findFirst();
    }

    /** Stores a new entry; fails with a DuplicateKeyException when the word already has one. */
    void insert(VocabularyEntry entry) {
        String separator = entry.kind() == VocabularyEntry.Kind.SYNONYM ? ", " : " ";
        jdbc.update("INSERT INTO directory_query_expansion (term, kind, expansion, added_by, added_at)"
                + " VALUES (:term, :kind, :expansion, :addedBy, :addedAt)", Map.of(
                        "term", entry.word(),
                        "kind", entry.kind().name().toLowerCase(Locale.ROOT),
                        "expansion", String.join(separator, entry.meaning()),
                        "addedBy", entry.addedBy(),
                        "addedAt", entry.addedAt()));
    }

    boolean delete(String word) {
        return jdbc.update("DELETE FROM directory_query_expansion WHERE term = :term", Map.of("term", word)) > 0;
    }

    /** Reads synonyms.txt and these entries again and gives them to the search; no reindexing. */
    void applyToSearch() {
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, List<String>> compounds = new HashMap<>();
        for (VocabularyEntry entry : all()) {
            (entry.kind() == VocabularyEntry.Kind.SYNONYM ? synonyms : compounds).put(entry.word(), entry.meaning());
        }
        searcher.useVocabulary(resources, contentLocation, synonyms, compounds);
    }
}
