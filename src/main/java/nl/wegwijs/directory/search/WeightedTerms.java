package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The words of several texts, each text with its own weight, as one field's terms: a term's
 * frequency is the weighted sum of how often each text has it, and the field's length the
 * weighted sum of the texts' lengths (BM25F, computed while indexing). One postings list per
 * word then ranks what five fields ranked before.
 */
final class WeightedTerms {

    private final Analyzer analyzer;
    private final Map<String, Integer> frequencies = new LinkedHashMap<>();

    WeightedTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Adds the words of {@code text}, each occurrence counting {@code weight} times. */
    WeightedTerms add(String text, int weight) {
        if (text == null || text.isBlank()) {
            return this;
        }
        try (TokenStream stream = analyzer.tokenStream(IndexFields.RANKED, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                frequencies.merge(term.toString(), weight, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The terms with their weighted frequencies, for a field indexed with frequencies and no positions. */
    TokenStream tokens() {
        return new Tokens(Map.copyOf(frequencies));
    }

    private static final class Tokens extends TokenStream {

        private final Map<String, Integer> frequencies;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private Iterator<Map.Entry<String, Integer>> next;

        Tokens(Map<String, Integer> frequencies) {
            this.frequencies = frequencies;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = frequencies.entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (next == null || !next.hasNext()) {
                return false;
            }
            Map.Entry<String, Integer> entry = next.next();
            term.setEmpty().append(entry.getKey());
            frequency.setTermFrequency(entry.getValue());
            return true;
        }
    }
}
