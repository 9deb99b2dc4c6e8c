package nl.wegwijs.directory;

import static nl.wegwijs.directory.VocabularyEntryRejected.Field.MEANING;
import static nl.wegwijs.directory.VocabularyEntryRejected.Field.WORD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import nl.wegwijs.directory.search.DirectorySearcher;

/**
 * The rules for an editor's entry, each refusal with a precise message. Words are compared the
 * way the search compares them: lower case, no accents, punctuation as a space.
 */
final class VocabularyEntryCheck {

    static final int MAX_WORD_LENGTH = 100;
    static final int MAX_MEANING_LENGTH = 300;
    /** The search looks up lay phrases of at most five words (see TextQueries.expansions). */
    static final int MAX_WORDS = 5;

    private VocabularyEntryCheck() {
    }

    /** The word as the search will compare it; refused when empty, too long or too many words. */
    static String word(String typed, boolean single) {
        String word = normalize(typed);
        if (word.isEmpty()) {
            throw new VocabularyEntryRejected(WORD, "vocabulary.error.word-empty");
        }
        if (word.length() > MAX_WORD_LENGTH) {
            throw new VocabularyEntryRejected(WORD, "vocabulary.error.word-too-long", MAX_WORD_LENGTH);
        }
        int words = word.split(" ").length;
        if (single && words > 1) {
            throw new VocabularyEntryRejected(WORD, "vocabulary.error.compound-one-word");
        }
        if (words > MAX_WORDS) {
            throw new VocabularyEntryRejected(WORD, "vocabulary.error.word-too-many-words", MAX_WORDS);
        }
        return word;
    }

    /** The directory's words for a synonym, separated by commas in the form. */
    static List<String> synonyms(String word, String typed) {
        LinkedHashSet<String> phrases = new LinkedHashSet<>();
        for (String phrase : (typed == null ? "" : typed).split("[,;]")) {
            String normalized = normalize(phrase);
            if (!normalized.isEmpty()) {
                phrases.add(normalized);
            }
        }
        if (phrases.isEmpty()) {
            throw new VocabularyEntryRejected(MEANING, "vocabulary.error.synonym-empty");
        }
        if (String.join(", ", phrases).length() > MAX_MEANING_LENGTH) {
            throw new VocabularyEntryRejected(MEANING, "vocabulary.error.meaning-too-long", MAX_MEANING_LENGTH);
        }
        if (phrases.contains(word)) {
            throw new VocabularyEntryRejected(MEANING, "vocabulary.error.synonym-same", word);
        }
        return List.copyOf(phrases);
    }

    /** The parts of a compound, separated by spaces in the form; each must be in the word, in order. */
    static List<String> parts(String word, String typed) {
        String normalized = normalize(typed);
        if (normalized.isEmpty()) {
            throw new VocabularyEntryRejected(MEANING, "vocabulary.error.parts-empty");
        }
        if (normalized.length() > MAX_MEANING_LENGTH) {
            throw new VocabularyEntryRejected(MEANING, "vocabulary.error.meaning-too-long", MAX_MEANING_LENGTH);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(normalized.split(" ")));
        if (parts.size() == 1) {
            throw new VocabularyEntryRejected(MEANING, parts.getFirst().equals(word)
                    ? "vocabulary.error.parts-same" : "vocabulary.error.parts-too-few", word);
        }
        int from = 0;
        for (String part : parts) {
            int at = word.indexOf(part, from);
            if (at < 0) {
                throw new VocabularyEntryRejected(MEANING, "vocabulary.error.part-not-in-word", part, word);
            }
            from = at + part.length();
        }
        return List.copyOf(parts);
    }

    static String normalize(String typed) {
        return String.join(" ", DirectorySearcher.normalizeQuery(typed).split("[^\\p{L}\\p{N}]+")).strip();
    }
}
