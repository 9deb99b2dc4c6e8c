package nl.wegwijs.directory.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The block query yields exactly the documents of the services whose first document matches,
 * whichever way a search walks it: one by one, by jumps, or a window at a time into bits (the
 * dense conjunction's way), also over blocks replaced within one segment.
 */
class ServiceBlockQueryTest {

    private static final String TEXT = "text";
    private static final String KIND = "kind";

    @Test
    void everyWayOfWalkingYieldsTheDocumentsOfTheMatchingBlocks() throws IOException {
        Random random = new Random(20261124);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setMaxBufferedDocs(100_000).setRAMBufferSizeMB(256))) {
            int services = 3_000;
            for (int service = 0; service < services; service++) {
                writer.addDocuments(block(service, random));
            }
            // Replaced services: their old blocks are deleted, the new ones in the same segment.
            for (int service = 0; service < services; service += 7) {
                writer.updateDocuments(new Term(IndexFields.SERVICE_ID, "s" + service), block(service, random));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new ServiceBlockQuery(new TermQuery(new Term(TEXT, "hulp")));
                for (LeafReaderContext leaf : reader.leaves()) {
                    List<Integer> expected = expected(leaf);
                    same(expected, oneByOne(searcher, query, leaf), "one by one");
                    same(expected, byJumps(searcher, query, leaf, random), "by jumps");
                    same(expected, byWindows(searcher, query, leaf, random), "by windows");
                }
                // Through a search, where the dense conjunction with a filter takes the bulk path.
                int live = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (int doc : expected(leaf)) {
                        live += leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc) ? 1 : 0;
                    }
                }
                assertEquals(live, searcher.count(new BooleanQuery.Builder().add(query, Occur.MUST)
                        .add(new TermQuery(new Term(KIND, "service")), Occur.FILTER).build()));
            }
        }
    }

    /** The lists are equal, else the first place where they differ (the lists are long). */
    private static void same(List<Integer> expected, List<Integer> actual, String how) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(how + ": at " + i + " expected " + expected.subList(i, Math.min(i + 5,
                        expected.size())) + " but got " + actual.subList(Math.max(0, i - 3), Math.min(i + 5, actual.size())));
            }
        }
        assertEquals(expected.size(), actual.size(), how + ": number of documents");
    }

    /** A service of one to four documents; about a third have the word on the first. */
    private static List<Document> block(int service, Random random) {
        int size = 1 + random.nextInt(4);
        boolean matches = random.nextInt(3) == 0;
        List<Document> block = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Document document = new Document();
            document.add(new StringField(IndexFields.SERVICE_ID, "s" + service, Field.Store.NO));
            document.add(new SortedDocValuesField(IndexFields.SERVICE_ID, new BytesRef("s" + service)));
            document.add(new StringField(KIND, "service", Field.Store.NO));
            if (i == 0) {
                // As in the directory index: the texts on the first document only.
                document.add(new NumericDocValuesField(IndexFields.BLOCK_SIZE, size));
                document.add(new StringField(TEXT, matches ? "hulp" : "iets", Field.Store.NO));
            }
            block.add(document);
        }
        return block;
    }

    /** Every document of a block whose first document has the word, deleted or not (scorers see both). */
    private static List<Integer> expected(LeafReaderContext leaf) throws IOException {
        SegmentColumns columns = SegmentColumns.of(leaf.reader());
        TreeSet<Integer> firsts = new TreeSet<>();
        var postings = leaf.reader().postings(new Term(TEXT, "hulp"));
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            firsts.add(doc);
        }
        List<Integer> docs = new ArrayList<>();
        for (int first : firsts) {
            for (int doc = first; doc < columns.blockEnd[first]; doc++) {
                docs.add(doc);
            }
        }
        return docs;
    }

    private static DocIdSetIterator iterator(IndexSearcher searcher, Query query, LeafReaderContext leaf)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Scorer scorer = weight.scorer(leaf);
        return scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
    }

    private static List<Integer> oneByOne(IndexSearcher searcher, Query query, LeafReaderContext leaf)
            throws IOException {
        DocIdSetIterator iterator = iterator(searcher, query, leaf);
        java.util.Set<Integer> expected = new java.util.HashSet<>(expected(leaf));
        List<Integer> docs = new ArrayList<>();
        for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
            docs.add(doc);
            // The run it reports holds only matching documents.
            int runEnd = iterator.docIDRunEnd();
            for (int inRun = doc; inRun < runEnd; inRun++) {
                assertEquals(true, expected.contains(inRun), "document " + inRun + " of the run from " + doc);
            }
        }
        return docs;
    }

    /** Jumps to random targets (collecting what each lands on), then steps to the next document. */
    private static List<Integer> byJumps(IndexSearcher searcher, Query query, LeafReaderContext leaf, Random random)
            throws IOException {
        DocIdSetIterator iterator = iterator(searcher, query, leaf);
        List<Integer> expected = expected(leaf);
        List<Integer> docs = new ArrayList<>();
        int doc = iterator.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            docs.add(doc);
            int target = doc + 1 + random.nextInt(6);
            int landed = iterator.advance(target);
            // Everything the jump passed over is taken from the expectation, so the lists compare.
            for (int skipped : expected) {
                if (skipped > doc && skipped < Math.min(target, landed)) {
                    docs.add(skipped);
                }
            }
            doc = landed;
        }
        return docs;
    }

    /** Windows of random sizes into bits, with single steps in between. */
    private static List<Integer> byWindows(IndexSearcher searcher, Query query, LeafReaderContext leaf, Random random)
            throws IOException {
        DocIdSetIterator iterator = iterator(searcher, query, leaf);
        List<Integer> docs = new ArrayList<>();
        int doc = iterator.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            if (random.nextBoolean()) {
                docs.add(doc);
                doc = iterator.nextDoc();
                continue;
            }
            int from = doc - random.nextInt(3);
            int upTo = doc + 1 + random.nextInt(300);
            FixedBitSet bits = new FixedBitSet(upTo - from);
            iterator.intoBitSet(upTo, bits, from);
            for (int bit = bits.nextSetBit(0); bit != DocIdSetIterator.NO_MORE_DOCS;
                    bit = bit + 1 < bits.length() ? bits.nextSetBit(bit + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                docs.add(bit + from);
            }
            doc = iterator.docID();
            assertEquals(true, doc >= upTo, "after a window the iterator is at or past its end");
        }
        return docs;
    }
}
