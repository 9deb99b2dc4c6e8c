package nl.wegwijs.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijs.directory.search.DirectorySearcher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Editors add words to the search without reindexing: a synonym ("geldzorgen" finds
 * "schuldhulpverlening") or a compound split into its parts ("mantelzorgmaatje" finds
 * "mantelzorg" and "maatje"). Entries go on top of content/search/synonyms.txt and work from
 * the next search on.
 */
@Service
public class SearchVocabularyEdits {

    private final VocabularyEntries entries;
    private final DirectorySearcher searcher;
    private final Directory directory;
    private final Clock clock;

    SearchVocabularyEdits(VocabularyEntries entries, DirectorySearcher searcher, Directory directory, Clock clock) {
        this.entries = entries;
        this.searcher = searcher;
        this.directory = directory;
        this.clock = clock;
    }

    /** The entries editors added, newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<VocabularyEntry> list() {
        return entries.all();
    }

    /**
     * Lets a word or phrase residents type also find the directory's words (comma-separated).
     *
     * @throws VocabularyEntryRejected when a field is empty, too long, the same on both sides, or
     *         the word already has an entry or already leads to these words
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public VocabularyEntry addSynonym(String word, String directoryWords) {
        String normalized = VocabularyEntryCheck.word(word, false);
        List<String> synonyms = VocabularyEntryCheck.synonyms(normalized, directoryWords);
        rejectDuplicate(normalized);
        if (searcher.synonymsOf(normalized).containsAll(synonyms)) {
            throw new VocabularyEntryRejected(VocabularyEntryRejected.Field.MEANING,
                    "vocabulary.error.synonym-listed", normalized);
        }
        return add(new VocabularyEntry(normalized, VocabularyEntry.Kind.SYNONYM, synonyms, editor(), now()));
    }

    /**
     * Lets a compound find what its parts (space-separated, in the word's order) find.
     *
     * @throws VocabularyEntryRejected when a field is empty, too long, not one word, a part is not
     *         in the word, or the word already has an entry
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public VocabularyEntry addCompound(String word, String parts) {
        String normalized = VocabularyEntryCheck.word(word, true);
        List<String> split = VocabularyEntryCheck.parts(normalized, parts);
        rejectDuplicate(normalized);
        return add(new VocabularyEntry(normalized, VocabularyEntry.Kind.COMPOUND, split, editor(), now()));
    }

    /** Removes an editor's entry; the next search no longer uses it. False when there was none. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public boolean remove(String word) {
        boolean removed = entries.delete(VocabularyEntryCheck.normalize(word));
        if (removed) {
            applied();
        }
        return removed;
    }

    private VocabularyEntry add(VocabularyEntry entry) {
        try {
            entries.insert(entry);
        } catch (DuplicateKeyException addedMeanwhile) {
            rejectDuplicate(entry.word());
            throw addedMeanwhile;
        }
        applied();
        return entry;
    }

    private void applied() {
        entries.applyToSearch();
        directory.autocompleteChanged();
    }

    private void rejectDuplicate(String word) {
        entries.find(word).ifPresent(existing -> {
            throw new VocabularyEntryRejected(VocabularyEntryRejected.Field.WORD,
                    existing.kind() == VocabularyEntry.Kind.SYNONYM
                            ? "vocabulary.error.duplicate-synonym" : "vocabulary.error.duplicate-compound",
                    word);
        });
    }

    private static String editor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(Directory.ZONE)).withNano(0);
    }
}
