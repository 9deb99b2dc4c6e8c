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
 * One pass over the documents that match the text and the filters, doing all a search needs:
 * <ul>
 * <li>when ordered by name, the services of the requested page, one hit each (ordered by
 * relevance, {@link TopServices} finds them in a second, pruned pass that needs no counting);</li>
 * <li>the number of matching services;</li>
 * <li>per facet dimension, the number of services per value, counted as if the dimension's own
 * choices were not made (multi-select, "drill sideways": a document that misses exactly one
 * chosen dimension still counts for that dimension);</li>
 * <li>how many of the matching services are open now.</li>
 * </ul>
 * The facet choices are therefore not part of the query: they are checked here, once per service
 * for the dimensions set per service and per document for those set per location. A service has
 * one document per location, indexed as a block, so its documents arrive one after another and
 * the pass needs no per-service map; its per-service values are counted from the first
 * documents of the matching blocks when the segment is done (SegmentColumns.countServiceValues).
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

    /**
     * @param chosen per facet dimension with choices, the chosen values (a document has the
     *     dimension's choice when it has one of them)
     * @param openMinute the minute of the week (see WeeklyHours) to count open services at, or -1
     * @param page whether to find the page of services in name order (else count, and keep the
     *     matching documents for the ranking pass)
     */
    ServicePass(Map<String, Set<String>> chosen, int openMinute, int offset, int limit, boolean page) {
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

            private int service = -1;
            private boolean matched;
            /** The service's first matching document (valid when {@code matched}). */
            private int firstDoc;
            /** Whether the service's opening hours were checked (they are the same on each of its documents). */
            private boolean openChecked;
            /**
             * The service's misses among the choices in per-service dimensions (the same on each
             * of its documents, so checked once): how many, and the last one's dimension.
             */
            private int serviceMisses;
            private int serviceMissed;

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
                for (int c = 0; c < chosenDimensions.length; c++) {
                    String[] values = columns.values[chosenDimensions[c]];
                    chosen[c] = new boolean[values.length];
                    for (int ord = 0; ord < values.length; ord++) {
                        chosen[c][ord] = choices.get(c).contains(values[ord]);
                    }
                }
                best = page ? new BestServices(offset + limit) : null;
                kept = page ? null : new FixedBitSet(context.reader().maxDoc());
                matchedBlocks = new FixedBitSet(context.reader().maxDoc());
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                int docService = columns.service[doc];
                if (docService != service) {
                    flush();
                    service = docService;
                    matched = false;
                    openChecked = false;
                    serviceMisses = 0;
                    for (int c = 0; c < chosen.length; c++) {
                        if (!perLocation[chosenDimensions[c]] && !hasChoice(chosenDimensions[c], chosen[c], doc)) {
                            serviceMisses++;
                            serviceMissed = chosenDimensions[c];
                        }
                    }
                }
                if (serviceMisses > 1) {
                    return;
                }
                int misses = serviceMisses;
                int missed = serviceMissed;
                for (int c = 0; c < chosen.length; c++) {
                    if (perLocation[chosenDimensions[c]] && !hasChoice(chosenDimensions[c], chosen[c], doc)) {
                        if (++misses > 1) {
                            return;
                        }
                        missed = chosenDimensions[c];
                    }
                }
                if (misses == 1) {
                    count(missed, doc);
                    return;
                }
                if (kept != null) {
                    kept.set(doc);
                }
                if (!matched) {
                    firstDoc = doc;
                    // A service's own values are the same on each of its documents: they are
                    // counted per service when the segment is done.
                    int first = columns.blockStart[doc];
                    matchedBlocks.set(first);
                    fromDoc = Math.min(fromDoc, first);
                    toDoc = first + 1;
                }
                for (int d : locationDimensions) {
                    count(d, doc);
                }
                matched = true;
                if (openMinute >= 0 && !openChecked) {
                    openChecked = true;
                    if (columns.isOpen(doc, openMinute)) {
                        open++;
                    }
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

            /** The previous service is complete: count it and see whether it makes the page. */
            private void flush() {
                if (matched) {
                    services++;
                    if (best != null) {
                        best.offer(service, columns.sortName[firstDoc], firstDoc, 0f);
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                flush();
                if (best != null) {
                    best.drainTo(candidates, context);
                }
                if (kept != null) {
                    matches.add(Map.entry(context.ord, kept));
                    blocks.add(Map.entry(context.ord, matchedBlocks));
                }
                long[] serviceCounts = new long[columns.valueCount()];
                columns.countServiceValues(matchedBlocks, fromDoc, toDoc, services - servicesBefore, serviceCounts);
                for (int d = 0; d < valueCounts.length; d++) {
                    long[] count = valueCounts[d];
                    Map<String, Long> dimensionCounts = counts.computeIfAbsent(dimensions.get(d), k -> new HashMap<>());
                    for (int ord = 0; ord < count.length; ord++) {
                        long total = count[ord] + (perLocation[d] ? 0 : serviceCounts[columns.offset[d] + ord]);
                        if (total > 0) {
                            dimensionCounts.merge(columns.values[d][ord], total, Long::sum);
                        }
                    }
                }
            }
        }
    }
}
