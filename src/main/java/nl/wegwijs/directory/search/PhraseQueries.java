package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One analysed phrase (per word position, the word's terms) as a Lucene query: scored over the
 * text fields by field weight for ranking, or as plain matches over {@link IndexFields#ALL_TEXT}
 * for counting. Both match the same documents.
 */
final class PhraseQueries {

    /** At most this many words of a query are searched. */
    static final int MAX_QUERY_TERMS = 16;

    private static final Map<String, Float> FIELD_WEIGHTS = new LinkedHashMap<>();
    private static final float ALL_WORDS_WEIGHT = 0.5f;

    static {
        FIELD_WEIGHTS.put(NAME, 4f);
        FIELD_WEIGHTS.put(CATEGORIES, 2.5f);
        FIELD_WEIGHTS.put(ORGANIZATION, 2f);
        FIELD_WEIGHTS.put(PLACE, 1.5f);
        FIELD_WEIGHTS.put(DESCRIPTION, 1f);
    }

    private PhraseQueries() {
    }

    /** Per word position: the word's forms in every text field, the best field counting. */
    private static List<Query> wordQueries(Map<Integer, Set<String>> positions) {
        List<Query> words = new ArrayList<>();
        positions.values().stream().limit(MAX_QUERY_TERMS).forEach(terms -> {
            List<Query> perField = new ArrayList<>();
            FIELD_WEIGHTS.forEach((field, weight) -> {
                BooleanQuery.Builder variants = new BooleanQuery.Builder();
                terms.forEach(term -> variants.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
                perField.add(new BoostQuery(variants.build(), weight));
            });
            words.add(new DisjunctionMaxQuery(perField, 0.1f));
        });
        return words;
    }

    /** How many of a phrase's words a service must have. */
    private static int required(int words, boolean most) {
        return !most ? 1 : words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    /** The documents {@link #ranking} matches, found in one field and not scored. */
    static Query matching(Map<Integer, Set<String>> positions, boolean most) {
        List<Query> words = new ArrayList<>();
        positions.values().stream().limit(MAX_QUERY_TERMS).forEach(terms -> {
            if (terms.size() == 1) {
                words.add(new TermQuery(new Term(ALL_TEXT, terms.iterator().next())));
            } else {
                BooleanQuery.Builder variants = new BooleanQuery.Builder();
                terms.forEach(term -> variants.add(new TermQuery(new Term(ALL_TEXT, term)), Occur.SHOULD));
                words.add(variants.build());
            }
        });
        if (words.size() == 1) {
            return words.getFirst();
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        words.forEach(word -> some.add(word, Occur.SHOULD));
        some.setMinimumNumberShouldMatch(required(words.size(), most));
        return some.build();
    }

    /**
     * A phrase ranked over the text fields; null for a phrase without words. Of several words a
     * service must have most ({@code most}: up to three words all, from four 75%) or any one.
     */
    static Query ranking(Map<Integer, Set<String>> positions, boolean most) {
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
