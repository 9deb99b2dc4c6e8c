package nl.wegwijs.directory;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A word an editor added to the search at query time: a synonym (what residents type, leading to
 * words the directory uses) or a compound (a word and its parts). Words are stored normalised.
 *
 * @param meaning the directory's words for a synonym, or the parts of a compound in order
 */
public record VocabularyEntry(String word, Kind kind, List<String> meaning, String addedBy, OffsetDateTime addedAt) {

    public VocabularyEntry {
        meaning = List.copyOf(meaning);
    }

    /** The two kinds of entry; their names are stored in the database in lower case. */
    public enum Kind {
        SYNONYM, COMPOUND
    }
}
