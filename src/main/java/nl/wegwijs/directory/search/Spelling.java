package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.PLAIN;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrections for words the directory does not know ("Bedoelde u ...?"): the nearest lay term
 * first (the synonym list holds the words residents use), else the nearest word in the index.
 */
final class Spelling {

    private final DirectSpellChecker spelling = new DirectSpellChecker();

    Spelling() {
        spelling.setMinQueryLength(4);
    }

    /**
     * The words with each one that is neither in the index nor {@code known} replaced by the
     * nearest lay term (at most two edits) or, failing that, the nearest of the index's words
     * {@code near} it, joined;
     * null when nothing needed correcting.
     */
    String corrected(IndexReader reader, List<String> words, Predicate<String> known, Set<String> layTerms,
            NearWords near) throws IOException {
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            String replacement = word;
            if (word.length() >= 4 && reader.docFreq(new Term(PLAIN, word)) == 0 && !known.test(word)) {
                replacement = nearestLayTerm(reader, word, layTerms);
                if (replacement == null) {
                    replacement = nearestIndexWord(reader, word, near.of(word));
                }
                changed |= !replacement.equals(word);
            }
            corrected.add(replacement);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /** The index's words near a word as typed. */
    interface NearWords {
        Set<String> of(String word) throws IOException;
    }

    /** Of the words near {@code word}: fewest edits (a swap of two letters is one), then most used. */
    private static String nearestIndexWord(IndexReader reader, String word, Set<String> near) throws IOException {
        String best = word;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrequency = -1;
        for (String candidate : near) {
            int distance = EditDistance.between(word, candidate, 2);
            int frequency = distance > bestDistance ? -1 : reader.docFreq(new Term(PLAIN, candidate));
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)) {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /**
     * The lay term closest to {@code word}; on a tie, one that occurs in the directory (a real
     * word) before one that does not (the list also holds known misspellings), then the most used.
     */
    private static String nearestLayTerm(IndexReader reader, String word, Set<String> layTerms) throws IOException {
        int allowed = word.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        int bestFrequency = -1;
        for (String term : layTerms) {
            if (term.indexOf(' ') >= 0 || Math.abs(term.length() - word.length()) > allowed) {
                continue;
            }
            int distance = EditDistance.between(word, term, allowed);
            if (distance > allowed || distance > bestDistance) {
                continue;
            }
            int frequency = reader.docFreq(new Term(PLAIN, term));
            if (distance < bestDistance || frequency > bestFrequency
                    || (frequency == bestFrequency && term.compareTo(best) < 0)) {
                best = term;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /** A single word that is not in the directory but one edit from a lay term or word that is. */
    boolean looksMisspelled(IndexReader reader, String word, Set<String> layTerms) throws IOException {
        if (reader.docFreq(new Term(PLAIN, word)) > 0) {
            return false;
        }
        for (String other : layTerms) {
            if (!other.equals(word) && other.indexOf(' ') < 0 && Math.abs(other.length() - word.length()) <= 1
                    && EditDistance.between(word, other, 1) == 1 && reader.docFreq(new Term(PLAIN, other)) > 0) {
                return true;
            }
        }
        SuggestWord[] similar = spelling.suggestSimilar(new Term(PLAIN, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return similar.length > 0 && EditDistance.between(word, similar[0].string, 1) == 1;
    }
}
