package nl.wegwijs.directory.search;

import java.util.Map;
import java.util.function.Function;
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
 * The documents of a bit set per segment: those an earlier pass over the same index snapshot
 * found (by segment ord), which lets a later pass filter on them at the cost of reading a bit
 * set rather than evaluating the text and the filters again; or a set the segment's columns
 * hold, such as the first documents of all services.
 */
final class DocSetQuery extends Query {

    private final Function<LeafReaderContext, FixedBitSet> bits;
    private final String description;

    private DocSetQuery(Function<LeafReaderContext, FixedBitSet> bits, String description) {
        this.bits = bits;
        this.description = description;
    }

    /** The documents an earlier pass found, per segment ord. */
    DocSetQuery(Map<Integer, FixedBitSet> bySegment) {
        this(context -> bySegment.get(context.ord), "DocSetQuery(" + bySegment.size() + " segments)");
    }

    /** The first document of every service's block: one per service. */
    static DocSetQuery serviceFirsts() {
        return new DocSetQuery(context -> SegmentColumns.of(context.reader()).firsts, "ServiceFirsts");
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet bits = DocSetQuery.this.bits.apply(context);
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
        return description;
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
