package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the documents that match the text and the filters, doing all a search needs:
 * <ul>
 * <li>the best services, one hit each (its best-matching location), for the requested page;</li>
 * <li>the number of matching services;</li>
 * <li>per facet dimension, the number of services per value, counted as if the dimension's own
 * choices were not made (multi-select, "drill sideways": a document that misses exactly one
 * chosen dimension still counts for that dimension);</li>
 * <li>how many of the matching services are open now.</li>
 * </ul>
 * The facet choices are therefore not part of the query: they are checked here, per document.
 * A service has one document per location, indexed as a block, so its documents arrive one after
 * another and the pass needs no per-service map.
 */
final class ServicePass implements CollectorManager<ServicePass.Leaves, ServicePass.Result> {

    /** A service on the page: the document of its best location and its score. */
    record Top(int doc, float score) {
    }

    /** The outcome of the pass. */
    record Result(List<Top> page, long services, Map<String, Map<String, Long>> counts, long openNow) {
    }

    /** A service that may make the page, with what it is ordered by. */
    private record Candidate(float score, BytesRef sortName, BytesRef serviceId, int doc) {
    }

    /** Best first: score, then name, then id (so equal scores always come out the same way). */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::sortName).thenComparing(Candidate::serviceId);

    private final List<String> dimensions = DirectorySearcher.DIMENSIONS;
    /** Dimensions whose values differ between the locations of one service. */
    private final boolean[] perLocation = new boolean[dimensions.size()];
    private final int[] chosenDimensions;
    private final Weight[] choices;
    private final Weight openNow;
    private final int offset;
    private final int limit;
    private final boolean scored;

    /**
     * @param chosen per facet dimension with choices, its filter
     * @param openNow the documents open at this moment, or null to not count them
     * @param scored rank by score (else by name)
     */
    ServicePass(Map<String, Weight> chosen, Weight openNow, int offset, int limit,
            boolean scored) {
        this.chosenDimensions = new int[chosen.size()];
        this.choices = new Weight[chosen.size()];
        int i = 0;
        for (Map.Entry<String, Weight> choice : chosen.entrySet()) {
            int dimension = dimensions.indexOf(choice.getKey());
            if (dimension < 0) {
                throw new IllegalArgumentException("Not a facet dimension: " + choice.getKey());
            }
            chosenDimensions[i] = dimension;
            choices[i++] = choice.getValue();
        }
        for (int d = 0; d < dimensions.size(); d++) {
            perLocation[d] = IndexFields.LOCATION_DIMENSIONS.contains(dimensions.get(d));
        }
        this.openNow = openNow;
        this.offset = offset;
        this.limit = limit;
        this.scored = scored;
    }

    @Override
    public Leaves newCollector() {
        return new Leaves();
    }

    @Override
    public Result reduce(Collection<Leaves> collectors) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        long services = 0;
        long open = 0;
        for (Leaves leaves : collectors) {
            candidates.addAll(leaves.candidates);
            leaves.counts.forEach((dimension, values) -> values.forEach((value, count) ->
                    counts.computeIfAbsent(dimension, k -> new HashMap<>()).merge(value, count, Long::sum)));
            services += leaves.services;
            open += leaves.open;
        }
        candidates.sort(BEST_FIRST);
        List<Top> page = candidates.stream().skip(offset).limit(limit)
                .map(candidate -> new Top(candidate.doc(), candidate.score())).toList();
        return new Result(page, services, counts, open);
    }

    /** Collects the segments of one slice of the index. */
    final class Leaves implements Collector {

        private final List<Candidate> candidates = new ArrayList<>();
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private long services;
        private long open;

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context);
        }

        /** The pass over one segment; ordinals are the segment's own until {@link #finish}. */
        private final class Leaf implements LeafCollector {

            private final LeafReaderContext context;
            private final SegmentColumns columns;
            private final long[][] valueCounts;
            private final int[][] lastCounted;
            private final DocIdSetIterator[] chosen;
            private final DocIdSetIterator openIterator;
            /** The worst of the best {@code offset + limit} services of this segment at the head. */
            private final PriorityQueue<int[]> best;
            private final float[] bestScores;
            private Scorable scorer;

            private int service = -1;
            private boolean matched;
            private float bestScore;
            private int bestDoc;
            private boolean openCounted;

            Leaf(LeafReaderContext context) throws IOException {
                this.context = context;
                columns = SegmentColumns.of(context.reader());
                valueCounts = new long[dimensions.size()][];
                lastCounted = new int[dimensions.size()][];
                for (int d = 0; d < dimensions.size(); d++) {
                    int size = columns.values[d].length;
                    valueCounts[d] = new long[size];
                    lastCounted[d] = new int[size];
                    Arrays.fill(lastCounted[d], -1);
                }
                chosen = new DocIdSetIterator[choices.length];
                for (int c = 0; c < choices.length; c++) {
                    chosen[c] = iterator(choices[c], context);
                }
                openIterator = openNow == null ? null : iterator(openNow, context);
                int capacity = Math.max(1, offset + limit);
                // entries: {service ordinal, sort-name ordinal, doc, index into bestScores}
                bestScores = new float[capacity + 1];
                best = new PriorityQueue<>(capacity + 1, this::worseFirst);
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                int docService = columns.service[doc];
                if (docService != service) {
                    flush();
                    service = docService;
                    matched = false;
                    openCounted = false;
                    bestScore = Float.NEGATIVE_INFINITY;
                    bestDoc = -1;
                }
                int missed = -1;
                for (int c = 0; c < chosen.length; c++) {
                    if (!matches(chosen[c], doc)) {
                        if (missed >= 0) {
                            return;
                        }
                        missed = chosenDimensions[c];
                    }
                }
                if (missed >= 0) {
                    count(missed, doc);
                    return;
                }
                float score = scored ? scorer.score() : 0f;
                if (score > bestScore) {
                    bestScore = score;
                    bestDoc = doc;
                }
                for (int d = 0; d < valueCounts.length; d++) {
                    // A service's own values are the same on each of its documents: count them once.
                    if (!matched || perLocation[d]) {
                        count(d, doc);
                    }
                }
                matched = true;
                if (openIterator != null && !openCounted && matches(openIterator, doc)) {
                    openCounted = true;
                    open++;
                }
            }

            private void count(int dimension, int doc) {
                int[] ords = columns.ords[dimension];
                long[] count = valueCounts[dimension];
                int[] last = lastCounted[dimension];
                for (int i = columns.start[dimension][doc], end = columns.start[dimension][doc + 1]; i < end; i++) {
                    int ord = ords[i];
                    if (last[ord] != service) {
                        last[ord] = service;
                        count[ord]++;
                    }
                }
            }

            /** The previous service is complete: count it and see whether it makes the page. */
            private void flush() throws IOException {
                if (!matched) {
                    return;
                }
                services++;
                int sortOrd = columns.sortName[bestDoc];
                int capacity = bestScores.length - 1;
                if (best.size() == capacity) {
                    int[] worst = best.peek();
                    if (compare(bestScore, sortOrd, service, bestScores[worst[3]], worst[1], worst[0]) >= 0) {
                        return;
                    }
                    best.poll();
                    bestScores[worst[3]] = bestScore;
                    worst[0] = service;
                    worst[1] = sortOrd;
                    worst[2] = bestDoc;
                    best.add(worst);
                } else {
                    int slot = best.size();
                    bestScores[slot] = bestScore;
                    best.add(new int[] {service, sortOrd, bestDoc, slot});
                }
            }

            /** Negative when the first service ranks above the second. */
            private int compare(float score, int sortOrd, int serviceOrd, float otherScore, int otherSortOrd,
                    int otherServiceOrd) {
                int byScore = Float.compare(otherScore, score);
                if (byScore != 0) {
                    return byScore;
                }
                int byName = Integer.compare(sortOrd, otherSortOrd);
                return byName != 0 ? byName : Integer.compare(serviceOrd, otherServiceOrd);
            }

            private int worseFirst(int[] a, int[] b) {
                return compare(bestScores[b[3]], b[1], b[0], bestScores[a[3]], a[1], a[0]);
            }

            @Override
            public void finish() throws IOException {
                flush();
                SortedDocValues serviceIds = DocValues.getSorted(context.reader(), IndexFields.SERVICE_ID);
                SortedDocValues sortNames = DocValues.getSorted(context.reader(), IndexFields.SORT_NAME);
                for (int[] entry : best) {
                    BytesRef sortName = entry[1] < 0 ? new BytesRef() : BytesRef.deepCopyOf(sortNames.lookupOrd(entry[1]));
                    BytesRef serviceId = BytesRef.deepCopyOf(serviceIds.lookupOrd(entry[0]));
                    candidates.add(new Candidate(bestScores[entry[3]], sortName, serviceId, context.docBase + entry[2]));
                }
                for (int d = 0; d < valueCounts.length; d++) {
                    long[] count = valueCounts[d];
                    Map<String, Long> dimensionCounts = counts.computeIfAbsent(dimensions.get(d), k -> new HashMap<>());
                    for (int ord = 0; ord < count.length; ord++) {
                        if (count[ord] > 0) {
                            dimensionCounts.merge(columns.values[d][ord], count[ord], Long::sum);
                        }
                    }
                }
            }
        }
    }

    private static boolean matches(DocIdSetIterator iterator, int doc) throws IOException {
        if (iterator.docID() < doc) {
            iterator.advance(doc);
        }
        return iterator.docID() == doc;
    }

    private static DocIdSetIterator iterator(Weight weight, LeafReaderContext context) throws IOException {
        Scorer scorer = weight.scorer(context);
        return scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
    }
}
