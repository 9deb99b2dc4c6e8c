package nl.wegwijs.directory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Splits the index into as many slices of about equal size as there are cores. A segment
 * larger than a slice's share is split into partitions, each ending where a service ends: a
 * service's documents are adjacent (indexed as one block), and the collectors count and rank a
 * service from its documents in one partition.
 */
final class SlicedSearcher extends IndexSearcher {

    private final int splitFrom;

    SlicedSearcher(IndexReader reader, ExecutorService executor, int splitFrom) {
        super(reader, executor);
        this.splitFrom = splitFrom;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int cores = Runtime.getRuntime().availableProcessors();
        long documents = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        if (cores < 2 || documents < splitFrom) {
            return slices(leaves, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
        }
        int share = (int) Math.max(1, documents / cores + 1);
        List<List<LeafReaderContextPartition>> slices = new ArrayList<>();
        long[] load = new long[cores];
        for (int i = 0; i < cores; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = leaves.stream()
                .sorted(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed())
                .toList();
        for (LeafReaderContext leaf : largestFirst) {
            int maxDoc = leaf.reader().maxDoc();
            int parts = (int) Math.min(cores, (maxDoc + (long) share - 1) / share);
            int[] service = parts > 1 ? SegmentColumns.of(leaf.reader()).service : null;
            boolean[] taken = new boolean[cores];
            int from = 0;
            for (int part = 1; part <= parts && from < maxDoc; part++) {
                int to = part == parts ? maxDoc : (int) ((long) maxDoc * part / parts);
                while (to > from && to < maxDoc && service[to] == service[to - 1]) {
                    to++;
                }
                int slice = leastLoaded(load, taken);
                taken[slice] = true;
                load[slice] += to - from;
                slices.get(slice).add(parts == 1 ? LeafReaderContextPartition.createForEntireSegment(leaf)
                        : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
                from = to;
            }
        }
        return slices.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /** The slice with the fewest documents so far that does not hold a part of this segment yet. */
    private static int leastLoaded(long[] load, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < load.length; i++) {
            if (!taken[i] && (best < 0 || load[i] < load[best])) {
                best = i;
            }
        }
        return best;
    }
}
