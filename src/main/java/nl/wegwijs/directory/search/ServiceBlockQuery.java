package nl.wegwijs.directory.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document of the services whose first document matches a text query: the texts are on a
 * block's first document only (see IndexFields), while filters, facets and places are per
 * location. Unscored: it decides which documents match; the ranking pass scores the first
 * documents and picks a service's location itself.
 */
final class ServiceBlockQuery extends Query {

    private final Query text;

    ServiceBlockQuery(Query text) {
        this.text = text;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = text.rewrite(searcher);
        return rewritten == text ? this : new ServiceBlockQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = text.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier firsts = inner.scorerSupplier(context);
                if (firsts == null) {
                    return null;
                }
                SegmentColumns columns = SegmentColumns.of(context.reader());
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        DocIdSetIterator blocks = new Blocks(firsts.get(leadCost).iterator(), columns);
                        return new ConstantScoreScorer(score, scoreMode, blocks);
                    }

                    @Override
                    public long cost() {
                        // A service has about two locations.
                        return Math.min(context.reader().maxDoc(), 2 * firsts.cost());
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /**
     * The documents of the blocks whose first documents {@code firsts} yields, in order. When
     * {@code firsts} is past the current block's first document, it is on the next block's,
     * not yet entered.
     */
    private static final class Blocks extends DocIdSetIterator {

        private final DocIdSetIterator firsts;
        private final SegmentColumns columns;
        private int doc = -1;
        /** The current block: {@code first} up to (not including) {@code end}. */
        private int first = -1;
        private int end = -1;
        /** The first documents of a window, for {@link #intoBitSet}. */
        private FixedBitSet scratch;

        Blocks(DocIdSetIterator firsts, SegmentColumns columns) {
            this.firsts = firsts;
            this.columns = columns;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            return doc + 1 < end ? ++doc : enter(firsts.docID() > first ? firsts.docID() : firsts.nextDoc());
        }

        @Override
        public int advance(int target) throws IOException {
            if (target < end) {
                return doc = target;
            }
            if (target >= columns.blockStart.length) {
                return enter(NO_MORE_DOCS);
            }
            int wanted = columns.blockStart[target];
            int found = firsts.docID() >= wanted ? firsts.docID() : firsts.advance(wanted);
            enter(found);
            return found == wanted ? (doc = target) : doc;
        }

        private int enter(int next) {
            first = next;
            end = next == NO_MORE_DOCS ? NO_MORE_DOCS : columns.blockEnd[next];
            return doc = next;
        }

        /** A block's documents are one run: from the current document to the block's end. */
        @Override
        public int docIDRunEnd() {
            return Math.max(doc + 1, end);
        }

        /**
         * The bulk path the dense conjunction takes (a window at a time): the first documents
         * from the text's own bulk path (for a disjunction, each term's postings decoded straight
         * into bits), then each set bit widened to its block, rather than one document at a time.
         */
        @Override
        public void intoBitSet(int upTo, FixedBitSet bitSet, int offset) throws IOException {
            if (doc >= upTo) {
                return;
            }
            // The rest of the current block.
            bitSet.set(doc - offset, Math.min(end, upTo) - offset);
            if (end > upTo) {
                doc = upTo;
                return;
            }
            if (firsts.docID() <= first) {
                firsts.nextDoc();
            }
            int window = upTo - offset;
            int last = -1;
            if (firsts.docID() < upTo) {
                if (scratch == null || scratch.length() < window) {
                    scratch = new FixedBitSet(Math.max(window, 4096));
                }
                firsts.intoBitSet(upTo, scratch, offset);
                for (int bit = scratch.nextSetBit(0); bit < window;
                        bit = bit + 1 < window ? scratch.nextSetBit(bit + 1) : NO_MORE_DOCS) {
                    last = bit + offset;
                    bitSet.set(bit, Math.min(columns.blockEnd[last], upTo) - offset);
                }
                scratch.clear(0, window);
            }
            if (last >= 0 && columns.blockEnd[last] > upTo) {
                // The last block runs on past the window.
                first = last;
                end = columns.blockEnd[last];
                doc = upTo;
            } else {
                enter(firsts.docID());
            }
        }

        @Override
        public long cost() {
            return 2 * firsts.cost();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        text.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "ServiceBlock(" + text.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && text.equals(((ServiceBlockQuery) other).text);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + text.hashCode();
    }
}
