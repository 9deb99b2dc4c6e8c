package nl.wegwijs.directory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents match, per segment ord, and how many: a pass that scores nothing, for a
 * ranking pass to filter on afterwards with {@link DocSetQuery}.
 */
final class MatchingDocs implements CollectorManager<MatchingDocs.Parts, MatchingDocs.Found> {

    /** The matching documents by segment ord, and their number. */
    record Found(Map<Integer, FixedBitSet> bySegment, long count) {
    }

    @Override
    public Parts newCollector() {
        return new Parts();
    }

    @Override
    public Found reduce(Collection<Parts> collectors) {
        Map<Integer, FixedBitSet> bySegment = new HashMap<>();
        long count = 0;
        for (Parts parts : collectors) {
            for (Map.Entry<Integer, FixedBitSet> part : parts.found) {
                union(bySegment, part.getKey(), part.getValue());
            }
            count += parts.count;
        }
        return new Found(bySegment, count);
    }

    /** Adds a part of a segment (a segment split over several slices has one set per part). */
    static void union(Map<Integer, FixedBitSet> bySegment, int ord, FixedBitSet part) {
        bySegment.merge(ord, part, (a, b) -> {
            a.or(b);
            return a;
        });
    }

    /** The segments (or parts of segments) of one slice. */
    static final class Parts implements Collector {

        private final List<Map.Entry<Integer, FixedBitSet>> found = new ArrayList<>();
        private long count;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
            found.add(Map.entry(context.ord, bits));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    bits.set(doc);
                    count++;
                }
            };
        }
    }
}
