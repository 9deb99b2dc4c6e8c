package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the services that match the text and the filters set per service (the query
 * matches the first document of each service's block), doing all a search needs:
 * <ul>
 * <li>when ordered by name, the services of the requested page, one hit each (ordered by
 * relevance, {@link TopServices} finds them in a second, pruned pass that needs no counting);</li>
 * <li>the number of matching services;</li>
 * <li>per facet dimension, the number of services per value, counted as if the dimension's own
 * choices were not made (multi-select, "drill sideways": a document that misses exactly one
 * chosen dimension still counts for that dimension);</li>
 * <li>how many of the matching services are open now.</li>
 * </ul>
 * The facet choices are therefore not part of the query: they are checked here, from bit sets of
 * first documents for the dimensions set per service. A service has one document per location,
 * indexed as a block; only when the search has a distance filter or a choice in a per-location
 * dimension does the pass look at the locations one by one. Otherwise a service matches at all
 * its locations, and everything is counted from the first documents of the matching services
 * when the segment is done (SegmentColumns.countServiceValues, which also holds each service's
 * per-location values on its first document); so are "open now" and the dimensions a service
 * missed only one choice of.
 */
final class ServicePass implements CollectorManager<ServicePass.Leaves, ServicePass.Result> {

    /** A service on the page: the document of its best location and its score. */
    record Top(int doc, float score) {
    }

    /**
     * The outcome of the pass; {@code matches} holds, per segment ord, the documents that match
     * the query and every facet choice, and {@code blocks} the first documents of their services'
     * blocks (when ordered by relevance, for the ranking pass).
     */
    record Result(List<Top> page, long services, Map<String, Map<String, Long>> counts, long openNow,
            Map<Integer, FixedBitSet> matches, Map<Integer, FixedBitSet> blocks) {
    }

    private final List<String> dimensions = DirectorySearcher.DIMENSIONS;
    /** Dimensions whose values differ between the locations of one service. */
    private final boolean[] perLocation = new boolean[dimensions.size()];
    private final int[] locationDimensions;
    private final int[] chosenDimensions;
    /** Per chosen dimension (in the order of {@code chosenDimensions}), the chosen values. */
    private final List<Set<String>> choices;
    /** The minute of the week to count open services at; -1 to not count them. */
    private final int openMinute;
    private final int offset;
    private final int limit;
    private final boolean page;
    /** The distance filter, checked per location (null when none). */
    private final WithinDistanceQuery.Circle circle;
    /**
     * Whether a service's locations are checked one by one (a distance filter or a choice in a
     * per-location dimension); else a matching service matches at all its locations.
     */
    private final boolean perLocationWork;

    /**
     * @param chosen per facet dimension with choices, the chosen values (a document has the
     *     dimension's choice when it has one of them)
     * @param openMinute the minute of the week (see WeeklyHours) to count open services at, or -1
     * @param circle the distance filter, checked at each location of a service (null when none)
     * @param page whether to find the page of services in name order (else count, and keep the
     *     matching documents for the ranking pass)
     */
    ServicePass(Map<String, Set<String>> chosen, WithinDistanceQuery.Circle circle, int openMinute, int offset,
            int limit, boolean page) {
        this.chosenDimensions = new int[chosen.size()];
        this.choices = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Set<String>> choice : chosen.entrySet()) {
            int dimension = dimensions.indexOf(choice.getKey());
            if (dimension < 0) {
                throw new IllegalArgumentException("Not a facet dimension: " + choice.getKey());
            }
            chosenDimensions[i++] = dimension;
            choices.add(Set.copyOf(choice.getValue()));
        }
        for (int d = 0; d < dimensions.size(); d++) {
            perLocation[d] = IndexFields.LOCATION_DIMENSIONS.contains(dimensions.get(d));
        }
        locationDimensions = java.util.stream.IntStream.range(0, dimensions.size()).filter(d -> perLocation[d]).toArray();
        this.openMinute = openMinute;
        this.offset = offset;
        this.limit = limit;
        this.page = page;
        this.circle = circle;
        this.perLocationWork = circle != null || java.util.Arrays.stream(chosenDimensions).anyMatch(d -> perLocation[d]);
    }

    @Override
    public Leaves newCollector() {
        return new Leaves();
    }

    @Override
    public Result reduce(Collection<Leaves> collectors) {
        List<BestServices.Candidate> candidates = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<Integer, FixedBitSet> matches = new HashMap<>();
        Map<Integer, FixedBitSet> blocks = new HashMap<>();
        long services = 0;
        long open = 0;
        for (Leaves leaves : collectors) {
            leaves.matches.forEach(part -> MatchingDocs.union(matches, part.getKey(), part.getValue()));
            leaves.blocks.forEach(part -> MatchingDocs.union(blocks, part.getKey(), part.getValue()));
            candidates.addAll(leaves.candidates);
            leaves.counts.forEach((dimension, values) -> values.forEach((value, count) ->
                    counts.computeIfAbsent(dimension, k -> new HashMap<>()).merge(value, count, Long::sum)));
            services += leaves.services;
            open += leaves.open;
        }
        return new Result(BestServices.page(candidates, offset, limit), services, counts, open, matches, blocks);
    }

    /** Collects the segments of one slice of the index. */
    final class Leaves implements Collector {

        private final List<BestServices.Candidate> candidates = new ArrayList<>();
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final List<Map.Entry<Integer, FixedBitSet>> matches = new ArrayList<>();
        private final List<Map.Entry<Integer, FixedBitSet>> blocks = new ArrayList<>();
        private long services;
        private long open;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
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
            /** Per chosen dimension, per ordinal of the segment: whether it is a chosen value. */
            private final boolean[][] chosen;
            /**
             * Per chosen dimension set per service: the first documents of the services that have
             * a chosen value (null for per-location dimensions, checked per document).
             */
            private final FixedBitSet[] chosenFirsts;
            /**
             * Per chosen dimension set per service: the first documents of the services that
             * match everything but that dimension's choice ("drill sideways"), counted for that
             * dimension when the segment is done; and the range they are in.
             */
            private final FixedBitSet[] sideways;
            private final long[] sidewaysServices;
            private int sidewaysFrom = Integer.MAX_VALUE;
            private int sidewaysTo;
            private final BestServices best;
            /** The documents that match the query and every choice (null when not kept). */
            private final FixedBitSet kept;
            /**
             * The first documents of the blocks of the services that match the query and every
             * choice, and the range they are in.
             */
            private final FixedBitSet matchedBlocks;
            private int fromDoc = Integer.MAX_VALUE;
            private int toDoc;
            /** The slice's count of services when this segment (or part) began. */
            private final long servicesBefore;

            /** The service being collected (its ordinal). */
            private int service = -1;

            Leaf(LeafReaderContext context) throws IOException {
                this.context = context;
                servicesBefore = services;
                columns = SegmentColumns.of(context.reader());
                valueCounts = new long[dimensions.size()][];
                lastCounted = new int[dimensions.size()][];
                for (int d = 0; d < dimensions.size(); d++) {
                    int size = columns.values[d].length;
                    valueCounts[d] = new long[size];
                    lastCounted[d] = new int[size];
                    Arrays.fill(lastCounted[d], -1);
                }
                chosen = new boolean[chosenDimensions.length][];
                chosenFirsts = new FixedBitSet[chosenDimensions.length];
                sideways = new FixedBitSet[chosenDimensions.length];
                sidewaysServices = new long[chosenDimensions.length];
                for (int c = 0; c < chosenDimensions.length; c++) {
                    String[] values = columns.values[chosenDimensions[c]];
                    chosen[c] = new boolean[values.length];
                    for (int ord = 0; ord < values.length; ord++) {
                        chosen[c][ord] = choices.get(c).contains(values[ord]);
                    }
                    if (!perLocation[chosenDimensions[c]]) {
                        chosenFirsts[c] = columns.firstsWithAny(chosenDimensions[c], chosen[c]);
                        sideways[c] = new FixedBitSet(context.reader().maxDoc());
                    }
                }
                best = page ? new BestServices(offset + limit) : null;
                kept = page ? null : new FixedBitSet(context.reader().maxDoc());
                matchedBlocks = new FixedBitSet(context.reader().maxDoc());
            }

            @Override
            public void setScorer(Scorable scorer) {
            }
            /** {@code first} is the first document of a service's block; the block is the service. */
            @Override
            public void collect(int first) throws IOException {
                service = columns.service[first];
                // The choices in per-service dimensions: the same at each location.
                int misses = 0;
                int missed = -1;
                for (int c = 0; c < chosen.length; c++) {
                    if (chosenFirsts[c] != null && !chosenFirsts[c].get(first)) {
                        misses++;
                        missed = c;
                    }
                }
                if (misses > 1) {
                    return;
                }
                int end = columns.blockEnd[first];
                if (!perLocationWork) {
                    if (misses == 1) {
                        sideways(missed, first);
                    } else {
                        if (kept != null) {
                            kept.set(first, end);
                        }
                        matched(first, first);
                    }
                    return;
                }
                int matchedAt = -1;
                for (int doc = first; doc < end; doc++) {
                    if (circle != null && !circle.contains(columns, doc)) {
                        continue;
                    }
                    int docMisses = misses;
                    int docMissed = missed;
                    for (int c = 0; c < chosen.length && docMisses <= 1; c++) {
                        if (chosenFirsts[c] == null && !hasChoice(chosenDimensions[c], chosen[c], doc)) {
                            docMisses++;
                            docMissed = c;
                        }
                    }
                    if (docMisses == 1) {
                        if (sideways[docMissed] == null) {
                            count(chosenDimensions[docMissed], doc);
                        } else {
                            sideways(docMissed, first);
                        }
                    } else if (docMisses == 0) {
                        if (kept != null) {
                            kept.set(doc);
                        }
                        for (int d : locationDimensions) {
                            count(d, doc);
                        }
                        if (matchedAt < 0) {
                            matchedAt = doc;
                        }
                    }
                }
                if (matchedAt >= 0) {
                    matched(first, matchedAt);
                }
            }

            /** The service matches everything but one per-service choice: it counts for that dimension. */
            private void sideways(int choice, int first) {
                if (!sideways[choice].getAndSet(first)) {
                    sidewaysServices[choice]++;
                    sidewaysFrom = Math.min(sidewaysFrom, first);
                    sidewaysTo = first + 1;
                }
            }

            /**
             * The service matches, first at {@code doc}. Its own values (and its opening hours)
             * are the same at each location: they are counted when the segment is done.
             */
            private void matched(int first, int doc) throws IOException {
                services++;
                matchedBlocks.set(first);
                fromDoc = Math.min(fromDoc, first);
                toDoc = first + 1;
                if (best != null) {
                    best.offer(service, columns.sortName[first], doc, 0f);
                }
            }

            /** Whether the document has one of the values chosen in the dimension, from the columns. */
            private boolean hasChoice(int dimension, boolean[] chosenOrds, int doc) {
                int[] ords = columns.ords[dimension];
                for (int i = columns.start[dimension][doc], end = columns.start[dimension][doc + 1]; i < end; i++) {
                    if (chosenOrds[ords[i]]) {
                        return true;
                    }
                }
                return false;
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

            @Override
            public void finish() throws IOException {
                if (best != null) {
                    best.drainTo(candidates, context);
                }
                if (kept != null) {
                    matches.add(Map.entry(context.ord, kept));
                    blocks.add(Map.entry(context.ord, matchedBlocks));
                }
                long[] serviceCounts = new long[columns.valueCount()];
                columns.countServiceValues(matchedBlocks, fromDoc, toDoc, services - servicesBefore, serviceCounts, 0,
                        serviceCounts.length);
                for (int c = 0; c < sideways.length; c++) {
                    if (sideways[c] != null) {
                        int d = chosenDimensions[c];
                        columns.countServiceValues(sideways[c], sidewaysFrom, sidewaysTo, sidewaysServices[c],
                                serviceCounts, columns.offset[d], columns.offset[d] + columns.values[d].length);
                    }
                }
                if (openMinute >= 0) {
                    open += SegmentColumns.intersectionCount(matchedBlocks, columns.hours.openFirsts(openMinute), fromDoc, toDoc);
                }
                for (int d = 0; d < valueCounts.length; d++) {
                    long[] count = valueCounts[d];
                    // Per location, a value counts for the locations that match; for whole
                    // services, first documents hold the values of all their locations.
                    boolean fromFirsts = !perLocationWork || !perLocation[d];
                    Map<String, Long> dimensionCounts = counts.computeIfAbsent(dimensions.get(d), k -> new HashMap<>());
                    for (int ord = 0; ord < count.length; ord++) {
                        long total = count[ord] + (fromFirsts ? serviceCounts[columns.offset[d] + ord] : 0);
                        if (total > 0) {
                            dimensionCounts.merge(columns.values[d][ord], total, Long::sum);
                        }
                    }
                }
            }
        }
    }
}
