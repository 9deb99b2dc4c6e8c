package nl.wegwijs.directory.search;

import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents an earlier pass over the same index snapshot found, per segment (by its ord in
 * the reader): lets a later pass filter on them at the cost of reading a bit set, rather than
 * evaluating the text and the filters again.
 */
final class DocSetQuery extends Query {

    private final Map<Integer, FixedBitSet> bySegment;

    DocSetQuery(Map<Integer, FixedBitSet> bySegment) {
        this.bySegment = Map.copyOf(bySegment);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet bits = bySegment.get(context.ord);
                if (bits == null) {
                    return null;
                }
                long cost = bits.cardinality();
                if (cost == 0) {
                    return null;
                }
                DocIdSetIterator iterator = new BitSetIterator(bits, cost);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + bySegment.size() + " segments)";
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
