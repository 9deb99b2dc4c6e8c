package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.DESCRIPTION;
import static nl.wegwijs.directory.search.IndexFields.RANKED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The best passage of each hit's description with the query's words marked, from the offsets in
 * the index and the text in doc values (both on the first document of the service's block).
 */
final class Snippets {

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The snippet of each hit (global document numbers): the first half of the page on this
     * thread and the second on the other core (each document's passage is independent), as the
     * searches' slices are.
     */
    String[] of(IndexSearcher searcher, Query textQuery, int[] hits) throws IOException {
        int[] docs = Arrays.stream(hits).map(doc -> blockStart(searcher, doc)).toArray();
        if (docs.length < 2) {
            return highlight(searcher, textQuery, docs);
        }
        int half = (docs.length + 1) / 2;
        int[] first = Arrays.copyOfRange(docs, 0, half);
        int[] second = Arrays.copyOfRange(docs, half, docs.length);
        List<String[]> parts = searcher.getTaskExecutor().invokeAll(List.of(
                () -> highlight(searcher, textQuery, first), () -> highlight(searcher, textQuery, second)));
        String[] snippets = Arrays.copyOf(parts.get(0), docs.length);
        System.arraycopy(parts.get(1), 0, snippets, half, second.length);
        return snippets;
    }

    private String[] highlight(IndexSearcher searcher, Query textQuery, int[] docs) throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(new CompactPassageScorer())
                .withMaxLength(5_000)
                // The query ranks in the ranking field, whose words are the description's (same analysis).
                .withFieldMatcher(RANKED::equals)
                // Term by term from the offsets in the index: no per-document query matching and no
                // expansion of the typo-tolerant parts (those search another field anyway).
                .withWeightMatches(false)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            /**
             * The texts from binary doc values: a stored field would decompress a block of
             * documents for every hit.
             */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        BinaryDocValues text = DocValues.getBinary(leaf.reader(), fields[i]);
                        texts[i] = text.advanceExact(doc - leaf.docBase) ? text.binaryValue().utf8ToString() : "";
                    }
                    values.add(texts);
                }
                return values;
            }
        };
        return highlighter.highlightFields(new String[] {DESCRIPTION}, textQuery, docs, new int[] {1}).get(DESCRIPTION);
    }

    /** The first document of the block of {@code doc}'s service, which holds its texts. */
    private static int blockStart(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return leaf.docBase + SegmentColumns.of(leaf.reader()).blockStart[doc - leaf.docBase];
    }

    /**
     * Lucene's passage score (BM25 over the passage's distinct matched terms, times the position
     * norm), counting the distinct terms in a small array instead of a {@code BytesRefHash}, which
     * allocates and clears a 32 KB block for every candidate passage of every hit.
     */
    static final class CompactPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int size = 0;
            for (int i = 0; i < matches; i++) {
                int found = 0;
                while (found < size && !distinct[found].bytesEquals(terms[i])) {
                    found++;
                }
                if (found == size) {
                    distinct[size] = terms[i];
                    inDoc[size] = freqsInDoc[i];
                    size++;
                }
                inPassage[found]++;
            }
            double score = 0;
            for (int i = 0; i < size; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
