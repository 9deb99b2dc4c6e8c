package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One analysed phrase (per word position, the word's terms) as a Lucene query: scored in
 * {@link IndexFields#RANKED} (every text field, weighted) for ranking, or as plain matches over {@link IndexFields#ALL_TEXT}
 * for deciding which documents match. The matches are a subset of what the scoring query matches:
 * one part of a compound scores, but only all parts (or the compound) make a match.
 */
final class PhraseQueries {

    /** At most this many words of a query are searched. */
    static final int MAX_QUERY_TERMS = 16;

    private static final float ALL_WORDS_WEIGHT = 0.5f;

    private PhraseQueries() {
    }

    /**
     * A word of a phrase: its forms (as typed, accents folded, stemmed) and, for a compound, its
     * parts. A service has the word when it has one of the forms or <em>all</em> the parts: one
     * part alone ("hulp" of "opvoedhulp") is not the word, except in the tolerant retry that runs
     * when fewer than three services match.
     */
    record Word(Set<String> forms, Set<String> parts) {

        Set<String> terms() {
            if (parts.isEmpty()) {
                return forms;
            }
            Set<String> terms = new java.util.LinkedHashSet<>(forms);
            terms.addAll(parts);
            return terms;
        }
    }

    /**
     * Per word position: the word's terms in the ranking field, where a word in the name weighs
     * more than one in the description (see ServiceDocuments). A compound's parts each add to the score; whether a service has the word at all is
     * {@link #matching}'s to decide.
     */
    private static List<Query> wordQueries(Map<Integer, Word> positions) {
        List<Query> words = new ArrayList<>();
        positions.values().stream().limit(MAX_QUERY_TERMS).forEach(word -> {
            BooleanQuery.Builder variants = new BooleanQuery.Builder();
            word.terms().forEach(term -> variants.add(new TermQuery(new Term(RANKED, term)), Occur.SHOULD));
            words.add(variants.build());
        });
        return words;
    }

    /**
     * The documents that have the word: one of its forms, or all of its parts (in any text field);
     * with {@code anyPart} (the tolerant retry when few services match), one part is enough.
     */
    private static Query present(Word word, boolean anyPart) {
        List<Query> alternatives = new ArrayList<>();
        (anyPart ? word.terms() : word.forms()).forEach(term -> alternatives.add(new TermQuery(new Term(ALL_TEXT, term))));
        if (!anyPart && !word.parts().isEmpty()) {
            BooleanQuery.Builder allParts = new BooleanQuery.Builder();
            word.parts().forEach(part -> allParts.add(new TermQuery(new Term(ALL_TEXT, part)), Occur.MUST));
            alternatives.add(allParts.build());
        }
        if (alternatives.size() == 1) {
            return alternatives.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(alternative -> any.add(alternative, Occur.SHOULD));
        return any.build();
    }

    /** How many of a phrase's words a service must have. */
    private static int required(int words, boolean most) {
        return !most ? 1 : words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    /**
     * The documents that have the phrase, found in one field and not scored: those of
     * {@link #ranking}, less the ones that have only some parts of a compound word (unless
     * {@code most} is off: the tolerant retry takes any part).
     */
    static Query matching(Map<Integer, Word> positions, boolean most) {
        List<Query> words = new ArrayList<>();
        positions.values().stream().limit(MAX_QUERY_TERMS).forEach(word -> words.add(present(word, !most)));
        if (words.size() == 1) {
            return words.getFirst();
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        words.forEach(word -> some.add(word, Occur.SHOULD));
        some.setMinimumNumberShouldMatch(required(words.size(), most));
        return some.build();
    }

    /**
     * A phrase ranked over the text (the ranking field); null for a phrase without words. Of several words a
     * service must have most ({@code most}: up to three words all, from four 75%) or any one.
     */
    static Query ranking(Map<Integer, Word> positions, boolean most) {
        if (positions.isEmpty()) {
            return null;
        }
        List<Query> words = wordQueries(positions);
        if (words.size() < 2) {
            return words.getFirst();
        }
        // A service that has every word the visitor typed ranks above one that has only some.
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(word -> all.add(word, Occur.MUST));
        int required = required(words.size(), most);
        if (required == words.size()) {
            return new BoostQuery(all.build(), 1 + ALL_WORDS_WEIGHT);
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        words.forEach(word -> some.add(word, Occur.SHOULD));
        some.setMinimumNumberShouldMatch(required);
        return new BooleanQuery.Builder()
                .add(some.build(), Occur.SHOULD)
                .add(new BoostQuery(all.build(), ALL_WORDS_WEIGHT), Occur.SHOULD)
                .build();
    }
}
