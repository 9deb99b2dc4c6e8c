package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a visitor types into a Lucene query: their words over all text fields (compounds
 * split, stemmed), the whole as a name, lay-language synonyms at a lower weight, compounds that
 * editors split at full weight, and typo tolerance with corrections ("Bedoelde u ...?") for
 * words the directory does not know.
 */
final class TextQueries {

    private static final int MAX_QUERY_LENGTH = 200;
    private static final float SYNONYM_WEIGHT = 0.4f;

    private final Analyzer text;
    private final Analyzer plain = DutchAnalysis.plain();
    private final Spelling spelling = new Spelling();
    private volatile QueryWords lexicon;

    /**
     * Lay synonyms and query-time compound splits, swapped together so a search sees one set;
     * {@code anyOrder} holds the lay phrases of several words by their words in alphabetical
     * order, so that "drinken te veel" finds what "te veel drinken" expands to (Dutch puts these
     * words in either order, and the list cannot hold every order).
     */
    private record QueryWords(Map<String, List<String>> synonyms, Map<String, List<String>> compounds,
            Map<String, List<String>> anyOrder) {

        QueryWords(Map<String, List<String>> synonyms, Map<String, List<String>> compounds) {
            this(synonyms, compounds, byWords(synonyms));
        }

        private static Map<String, List<String>> byWords(Map<String, List<String>> synonyms) {
            Map<String, List<String>> byWords = new java.util.HashMap<>();
            synonyms.forEach((phrase, expansions) -> {
                if (phrase.contains(" ")) {
                    byWords.merge(wordsInOrder(List.of(phrase.split(" "))), expansions, (a, b) ->
                            List.copyOf(new LinkedHashSet<>(java.util.stream.Stream.concat(a.stream(), b.stream()).toList())));
                }
            });
            return Map.copyOf(byWords);
        }
    }

    private static String wordsInOrder(List<String> words) {
        return words.stream().sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    TextQueries(SearchVocabulary vocabulary) {
        this.text = DutchAnalysis.text(vocabulary);
        this.lexicon = new QueryWords(vocabulary.synonyms(), Map.of());
    }

    Map<String, List<String>> synonyms() {
        return lexicon.synonyms();
    }

    Map<String, List<String>> compounds() {
        return lexicon.compounds();
    }

    void useSynonyms(Map<String, List<String>> synonyms) {
        this.lexicon = new QueryWords(Map.copyOf(synonyms), lexicon.compounds());
    }

    void useExpansions(Map<String, List<String>> synonyms, Map<String, List<String>> compounds) {
        this.lexicon = new QueryWords(Map.copyOf(synonyms), Map.copyOf(compounds));
    }

    /** A word the search knows at query time although the index may not hold it. */
    private boolean known(String word) {
        QueryWords current = lexicon;
        return current.synonyms().containsKey(word) || current.compounds().containsKey(word);
    }

    /**
     * A text query: {@code scores} ranks, with every part of a compound scoring on its own;
     * {@code matching} decides which documents match (over {@link IndexFields#ALL_TEXT}, unscored,
     * much cheaper to run), taking a compound's parts together (see {@link PhraseQueries.Word}), so
     * it matches a subset of what {@code scores} matches. The ranking passes score only documents a
     * matching pass found. Also the corrected text it searched for (null when nothing needed
     * correcting).
     */
    record Built(Query scores, Query matching, String corrected) {
    }

    /**
     * Words as typed (all fields, compounds split, stemmed), the whole as a name, lay synonyms
     * lightly, and near spellings for words the index does not know. Of a phrase of several
     * words, a service must have most (up to three words: all); {@code fuzzy} is the tolerant
     * second try, where one word of a phrase suffices and every word may be misspelled.
     */
    Built textQuery(String input, boolean fuzzy, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String normalized = SearchVocabulary.normalize(input.length() > MAX_QUERY_LENGTH
                ? input.substring(0, MAX_QUERY_LENGTH) : input);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        // Each distinct phrase once, with the summed weight of every way it came in (as typed, as
        // a lay synonym, as a compound's parts, as a correction): the same ranking as separate
        // clauses, at less cost.
        Map<Map<Integer, PhraseQueries.Word>, Float> phrases = new LinkedHashMap<>();
        addPhrases(phrases, normalized, 1f);
        // A word of a lay phrase the list knows ("meals on wheels") is not misspelled.
        Set<String> covered = coveredWords(normalized);
        Predicate<String> knownHere = word -> covered.contains(word) || known(word);
        // Each word's near spellings once: they correct it ("Bedoelde u ...?") and are searched too.
        NearSpellings near = new NearSpellings(searcher);
        String corrected = spelling.corrected(reader, plainWords(normalized), knownHere, lexicon.synonyms().keySet(),
                near::words);
        if (corrected != null) {
            addPhrases(phrases, corrected, 0.9f);
        }
        phrases.forEach((positions, weight) -> {
            Query phrase = PhraseQueries.ranking(positions, !fuzzy);
            if (phrase != null) {
                builder.add(weight == 1f ? phrase : new BoostQuery(phrase, weight), Occur.SHOULD);
                matching.add(PhraseQueries.matching(positions, !fuzzy), Occur.SHOULD);
            }
        });
        Query name = new TermQuery(new Term(NAME_EXACT, normalized));
        builder.add(new BoostQuery(name, 6f), Occur.SHOULD);
        matching.add(name, Occur.SHOULD);
        // Typo tolerance for the words searched: a compound's parts, not the compound itself. A word
        // the correction replaced is searched as corrected: its other near spellings only add noise.
        String split = splitCompounds(normalized);
        Set<String> correctedWords = corrected == null ? Set.of() : new HashSet<>(List.of(corrected.split(" ")));
        for (String word : plainWords(split != null ? split : normalized)) {
            boolean unknown = reader.docFreq(new Term(PLAIN, word)) == 0 && !knownHere.test(word);
            boolean replaced = corrected != null && !correctedWords.contains(word);
            if (word.length() >= 4 && (fuzzy || (unknown && !replaced))) {
                Query spellings = near.query(word);
                builder.add(new BoostQuery(spellings, unknown ? 1f : 0.5f), Occur.SHOULD);
                matching.add(spellings, Occur.SHOULD);
            }
        }
        builder.setMinimumNumberShouldMatch(1);
        matching.setMinimumNumberShouldMatch(1);
        return new Built(builder.build(), matching.build(), corrected);
    }

    /**
     * The text, the same text with editor-split compounds as their parts (at the same weight: a
     * compound means its parts, see docs/decisions/007), and the lay synonyms of both, lighter.
     */
    private void addPhrases(Map<Map<Integer, PhraseQueries.Word>, Float> phrases, String text, float weight) {
        phrases.merge(analyze(text), weight, Float::sum);
        String split = splitCompounds(text);
        if (split != null) {
            phrases.merge(analyze(split), weight, Float::sum);
        }
        Set<String> lay = expansions(text);
        if (split != null) {
            lay.addAll(expansions(split));
        }
        lay.forEach(expansion -> phrases.merge(analyze(expansion), SYNONYM_WEIGHT * weight, Float::sum));
    }

    /** The text with every compound an editor split replaced by its parts; null when there is none. */
    String splitCompounds(String normalized) {
        Map<String, List<String>> current = lexicon.compounds();
        if (current.isEmpty()) {
            return null;
        }
        boolean changed = false;
        List<String> result = new ArrayList<>();
        for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
            List<String> parts = current.get(word);
            changed |= parts != null;
            result.addAll(parts != null ? parts : List.of(word));
        }
        return changed ? String.join(" ", result).strip() : null;
    }

    /** The analysed word per position: its forms (folded, stemmed) and, for a compound, its parts. */
    private Map<Integer, PhraseQueries.Word> analyze(String phrase) {
        Map<Integer, PhraseQueries.Word> positions = new TreeMap<>();
        try (TokenStream stream = text.tokenStream(DESCRIPTION, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                PhraseQueries.Word word = positions.computeIfAbsent(position,
                        k -> new PhraseQueries.Word(new LinkedHashSet<>(), new LinkedHashSet<>()));
                (DecompoundFilter.PART.equals(type.type()) ? word.parts() : word.forms()).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /** Synonym expansions for every phrase of up to five words in the query. */
    Set<String> expansions(String normalized) {
        Set<String> expansions = new LinkedHashSet<>();
        layPhrases(normalized).forEach((phrase, found) -> expansions.addAll(found));
        expansions.remove(normalized);
        return expansions;
    }

    /** The words of the query's phrases that are lay terms (so none of them is a misspelling). */
    private Set<String> coveredWords(String normalized) {
        Set<String> words = new HashSet<>();
        layPhrases(normalized).keySet().forEach(phrase -> words.addAll(List.of(phrase.split(" "))));
        return words;
    }

    /**
     * Every phrase of up to five words in the query that the synonym list has (a phrase of
     * several words also in another order), with its expansions.
     */
    private Map<String, List<String>> layPhrases(String normalized) {
        QueryWords current = lexicon;
        List<String> words = List.of(normalized.split("[^\\p{L}\\p{N}]+"));
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (int length = Math.min(5, words.size()); length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                String phrase = String.join(" ", words.subList(start, start + length)).strip();
                List<String> found = current.synonyms().get(phrase);
                if (found == null && length > 1) {
                    found = current.anyOrder().get(wordsInOrder(words.subList(start, start + length)));
                }
                if (found != null) {
                    phrases.put(phrase, found);
                }
            }
        }
        return phrases;
    }

    private List<String> plainWords(String phrase) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = plain.tokenStream(PLAIN, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < PhraseQueries.MAX_QUERY_TERMS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A single word that is not in the directory but one edit from a lay term or word that is. */
    boolean looksMisspelled(IndexReader reader, String word) throws IOException {
        return spelling.looksMisspelled(reader, word, lexicon.synonyms().keySet());
    }
}
