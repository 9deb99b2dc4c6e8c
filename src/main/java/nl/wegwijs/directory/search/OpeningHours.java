package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;

/**
 * The opening hours of one segment's services in memory, read once from the points of the range
 * field (see WeeklyHours), so that counting "open now" needs no search of the points per query.
 * A service's hours are the same on each of its documents; they are checked on its first.
 */
final class OpeningHours {

    /**
     * Per document, its opening hours as minute-of-week ranges:
     * {@code from[i]..to[i]} for {@code i} in {@code start[doc]..start[doc+1]}.
     */
    private final int[] start;
    private final int[] from;
    private final int[] to;
    /** The first document of every service's block. */
    private final FixedBitSet firsts;
    /** The minutes of the week at which some opening hours begin, or end (the minute after), sorted. */
    private final int[] changes;
    /** The last set of open services made by {@link #openFirsts}, and the stretch of the week it holds for. */
    private volatile OpenServices openServices;

    private record OpenServices(int stretch, FixedBitSet firsts) {
    }

    OpeningHours(LeafReader reader, FixedBitSet firsts) throws IOException {
        this.firsts = firsts;
        int maxDoc = reader.maxDoc();
        List<int[]> ranges = new ArrayList<>();
        PointValues points = reader.getPointValues(IndexFields.OPEN);
        if (points != null) {
            points.intersect(new PointValues.IntersectVisitor() {
                @Override
                public void visit(int doc) {
                    throw new IllegalStateException("every cell is visited point by point");
                }

                @Override
                public void visit(int doc, byte[] packed) {
                    ranges.add(new int[] {doc, NumericUtils.sortableBytesToInt(packed, 0),
                            NumericUtils.sortableBytesToInt(packed, Integer.BYTES)});
                }

                @Override
                public PointValues.Relation compare(byte[] minPacked, byte[] maxPacked) {
                    return PointValues.Relation.CELL_CROSSES_QUERY;
                }
            });
        }
        ranges.sort(Comparator.comparingInt((int[] range) -> range[0]));
        start = new int[maxDoc + 1];
        from = new int[ranges.size()];
        to = new int[ranges.size()];
        int range = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            start[doc] = range;
            while (range < ranges.size() && ranges.get(range)[0] == doc) {
                from[range] = ranges.get(range)[1];
                to[range] = ranges.get(range)[2];
                range++;
            }
        }
        start[maxDoc] = range;
        changes = IntStream.concat(Arrays.stream(from), Arrays.stream(to).map(end -> end + 1))
                .distinct().sorted().toArray();
    }

    /**
     * The first documents of the services open at {@code minute} of the week. Between two
     * minutes at which some opening hours begin or end, the same services are open, so the set
     * is made once per such stretch (often an hour or more) and kept until the next search asks
     * for another stretch.
     */
    FixedBitSet openFirsts(int minute) {
        int stretch = Arrays.binarySearch(changes, minute);
        stretch = stretch >= 0 ? stretch + 1 : -stretch - 1;
        OpenServices cached = openServices;
        if (cached != null && cached.stretch() == stretch) {
            return cached.firsts();
        }
        FixedBitSet open = new FixedBitSet(firsts.length());
        for (int doc = firsts.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < firsts.length() ? firsts.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (isOpen(doc, minute)) {
                open.set(doc);
            }
        }
        openServices = new OpenServices(stretch, open);
        return open;
    }

    /** Whether the document's opening hours include {@code minute} of the week. */
    private boolean isOpen(int doc, int minute) {
        for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
            if (from[i] <= minute && minute <= to[i]) {
                return true;
            }
        }
        return false;
    }
}
