package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;

/**
 * The best {@code capacity} services of one segment, each with the document of its best location:
 * by score, then name, then id (so equal scores always come out in the same order). Ordinals are
 * the segment's own until {@link #drainTo} turns the survivors into comparable candidates.
 */
final class BestServices {

    /** A service that may make the page, comparable across segments. */
    record Candidate(float score, BytesRef sortName, BytesRef serviceId, int doc) {
    }

    /** Best first, across segments. */
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::sortName).thenComparing(Candidate::serviceId).thenComparingInt(Candidate::doc);

    private final int capacity;
    /** Entries {service ordinal, sort-name ordinal, doc, slot}; the score is in {@code scores[slot]}. */
    private final PriorityQueue<int[]> queue;
    private final float[] scores;

    BestServices(int capacity) {
        this.capacity = Math.max(1, capacity);
        this.scores = new float[this.capacity];
        this.queue = new PriorityQueue<>(this.capacity, this::worseFirst);
    }

    boolean isFull() {
        return queue.size() == capacity;
    }

    /** The score a service must at least have to get in (only meaningful when full). */
    float worstScore() {
        return scores[queue.peek()[3]];
    }

    /** Offers a service; returns whether it got in. */
    boolean offer(int service, int sortOrd, int doc, float score) {
        if (queue.size() < capacity) {
            int slot = queue.size();
            scores[slot] = score;
            queue.add(new int[] {service, sortOrd, doc, slot});
            return true;
        }
        int[] worst = queue.peek();
        if (compare(score, sortOrd, service, scores[worst[3]], worst[1], worst[0]) >= 0) {
            return false;
        }
        queue.poll();
        scores[worst[3]] = score;
        worst[0] = service;
        worst[1] = sortOrd;
        worst[2] = doc;
        queue.add(worst);
        return true;
    }

    /** Adds the services kept to {@code candidates}, with global document numbers. */
    void drainTo(List<Candidate> candidates, LeafReaderContext context) throws IOException {
        SegmentColumns columns = SegmentColumns.of(context.reader());
        for (int[] entry : queue) {
            candidates.add(new Candidate(scores[entry[3]], columns.ids.sortName(context.reader(), entry[1]),
                    columns.ids.serviceId(context.reader(), entry[0]), context.docBase + entry[2]));
        }
        queue.clear();
    }

    /** The requested page of the candidates of all segments. */
    static List<ServicePass.Top> page(List<Candidate> candidates, int offset, int limit) {
        candidates.sort(BEST_FIRST);
        return candidates.stream().skip(offset).limit(limit)
                .map(candidate -> new ServicePass.Top(candidate.doc(), candidate.score())).toList();
    }

    /** Negative when the first service ranks above the second. */
    private static int compare(float score, int sortOrd, int serviceOrd, float otherScore, int otherSortOrd,
            int otherServiceOrd) {
        int byScore = Float.compare(otherScore, score);
        if (byScore != 0) {
            return byScore;
        }
        int byName = Integer.compare(sortOrd, otherSortOrd);
        return byName != 0 ? byName : Integer.compare(serviceOrd, otherServiceOrd);
    }

    private int worseFirst(int[] a, int[] b) {
        return compare(scores[b[3]], b[1], b[0], scores[a[3]], a[1], a[0]);
    }
}
