package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, per facet value, the number of distinct <em>services</em> among the matching
 * documents (a service has one document per location). Documents of one service are indexed as
 * a block, so they arrive one after the other and one "last service seen" per value suffices.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {

    private final List<String> dimensions;

    /** Counts for these dimensions; with none, counts the services themselves under the key "". */
    FacetCounter(List<String> dimensions) {
        this.dimensions = dimensions;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) {
        Map<String, Map<String, Long>> total = new HashMap<>();
        for (Counting counting : collectors) {
            counting.counts.forEach((dimension, values) -> values.forEach((value, count) ->
                    total.computeIfAbsent(dimension, k -> new HashMap<>()).merge(value, count, Long::sum)));
        }
        return total;
    }

    final class Counting implements Collector {

        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues services = DocValues.getSorted(context.reader(), IndexFields.SERVICE_ID);
            List<SortedSetDocValues> values = new ArrayList<>();
            List<long[]> valueCounts = new ArrayList<>();
            List<int[]> lastService = new ArrayList<>();
            for (String dimension : dimensions) {
                SortedSetDocValues dimensionValues = DocValues.getSortedSet(context.reader(), IndexFields.facet(dimension));
                values.add(dimensionValues);
                int size = (int) dimensionValues.getValueCount();
                valueCounts.add(new long[size]);
                int[] last = new int[size];
                java.util.Arrays.fill(last, -1);
                lastService.add(last);
            }
            return new LeafCollector() {
                private int previousService = -1;
                private long distinctServices;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!services.advanceExact(doc)) {
                        return;
                    }
                    int service = services.ordValue();
                    if (service != previousService) {
                        distinctServices++;
                        previousService = service;
                    }
                    for (int d = 0; d < values.size(); d++) {
                        SortedSetDocValues dimensionValues = values.get(d);
                        if (dimensionValues.advanceExact(doc)) {
                            long[] count = valueCounts.get(d);
                            int[] last = lastService.get(d);
                            for (int i = 0; i < dimensionValues.docValueCount(); i++) {
                                int ord = (int) dimensionValues.nextOrd();
                                if (last[ord] != service) {
                                    last[ord] = service;
                                    count[ord]++;
                                }
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    counts.computeIfAbsent("", k -> new HashMap<>()).merge("", distinctServices, Long::sum);
                    for (int d = 0; d < values.size(); d++) {
                        long[] count = valueCounts.get(d);
                        Map<String, Long> dimensionCounts = counts.computeIfAbsent(dimensions.get(d), k -> new HashMap<>());
                        for (int ord = 0; ord < count.length; ord++) {
                            if (count[ord] > 0) {
                                dimensionCounts.merge(values.get(d).lookupOrd(ord).utf8ToString(), count[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
