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
 * Which documents match, per segment ord, and how many, and the first documents of their
 * services' blocks: a pass that scores nothing, for a ranking pass to filter on afterwards with
 * {@link DocSetQuery}.
 */
final class MatchingDocs implements CollectorManager<MatchingDocs.Parts, MatchingDocs.Found> {

    /** The matching documents by segment ord, the first documents of their blocks, and their number. */
    record Found(Map<Integer, FixedBitSet> bySegment, Map<Integer, FixedBitSet> blocks, long count) {
    }

    @Override
    public Parts newCollector() {
        return new Parts();
    }

    @Override
    public Found reduce(Collection<Parts> collectors) {
        Map<Integer, FixedBitSet> bySegment = new HashMap<>();
        Map<Integer, FixedBitSet> blocks = new HashMap<>();
        long count = 0;
        for (Parts parts : collectors) {
            parts.found.forEach(part -> union(bySegment, part.getKey(), part.getValue()));
            parts.blocks.forEach(part -> union(blocks, part.getKey(), part.getValue()));
            count += parts.count;
        }
        return new Found(bySegment, blocks, count);
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
        private final List<Map.Entry<Integer, FixedBitSet>> blocks = new ArrayList<>();
        private long count;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
            FixedBitSet firsts = new FixedBitSet(context.reader().maxDoc());
            int[] blockStart = SegmentColumns.of(context.reader()).blockStart;
            found.add(Map.entry(context.ord, bits));
            blocks.add(Map.entry(context.ord, firsts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    bits.set(doc);
                    firsts.set(blockStart[doc]);
                    count++;
                }
            };
        }
    }
}
