package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.PLAIN;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words in the index near a word as typed, found once per query: the typo-tolerant query
 * for it, and the candidates to correct it with. Finding them builds Levenshtein automata,
 * about a millisecond a word, which the spell checker would otherwise build a second time.
 */
final class NearSpellings {

    private final IndexSearcher searcher;
    private final Map<String, Query> queries = new java.util.HashMap<>();

    NearSpellings(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The index's words within reach of {@code word} (one edit for short words, two from six
     * letters, like Elasticsearch's AUTO fuzziness; same first letter), as one query.
     */
    Query query(String word) throws IOException {
        Query near = queries.get(word);
        if (near == null) {
            near = searcher.rewrite(new FuzzyQuery(new Term(PLAIN, word), word.length() >= 6 ? 2 : 1, 1));
            queries.put(word, near);
        }
        return near;
    }

    /** The words of {@link #query}. */
    Set<String> words(String word) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        query(word).visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    words.add(term.text());
                }
            }
        });
        return words;
    }
}
