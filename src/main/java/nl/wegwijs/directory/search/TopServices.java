package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The page of best-scoring services, one hit per service (its best location) or per location, without visiting
 * every match: once a segment has {@code offset + limit} services, no service scoring below the
 * worst of them can change the page, so Lucene may skip such services (block-max WAND /
 * MaxScore). The text is scored once per service, on the first document of its block; closeness
 * is added per location. Counting is {@link ServicePass}'s job.
 */
final class TopServices implements CollectorManager<TopServices.Slice, TopServices.Page> {

    /** The page. */
    record Page(List<ServicePass.Top> top) {
    }

    /**
     * A bonus for being near the visitor: {@code weight * pivot / (pivot + distance)}, as Lucene's
     * distance feature query scores it, computed here from the locations in memory. The distance
     * is the flat-earth (equirectangular) one: within a few hundred kilometres it differs from the
     * great-circle distance by far less than a metre per kilometre, and it needs no trigonometry
     * per location (this runs for every document the ranking pass scores).
     */
    static final class Closeness {

        private static final double METERS_PER_DEGREE = Math.toRadians(1) * 6_371_008.7714;

        private final double latitude;
        private final double longitude;
        private final float weight;
        private final double pivotMeters;
        private final double longitudeScale;

        Closeness(double latitude, double longitude, float weight, double pivotMeters) {
            this.latitude = latitude;
            this.longitude = longitude;
            this.weight = weight;
            this.pivotMeters = pivotMeters;
            this.longitudeScale = Math.cos(Math.toRadians(latitude));
        }

        float weight() {
            return weight;
        }

        float of(SegmentColumns columns, int doc) {
            double latitudeOfDoc = columns.latitude[doc];
            if (Double.isNaN(latitudeOfDoc)) {
                return 0f;
            }
            double north = latitudeOfDoc - latitude;
            double east = (columns.longitude[doc] - longitude) * longitudeScale;
            double meters = Math.sqrt(north * north + east * east) * METERS_PER_DEGREE;
            return (float) (weight * pivotMeters / (pivotMeters + meters));
        }
    }

    private final int offset;
    private final int limit;
    private final Closeness closeness;
    private final boolean perService;
    /** Per segment ord, the documents that match the text, the filters and the facet choices. */
    private final Map<Integer, FixedBitSet> matches;
    /**
     * The best "worst score of a full page" any partition has reached so far (float bits): with
     * that many services at least this good, nothing below it can make the page in any
     * partition, so each starts skipping at once instead of after filling a page of its own.
     */
    private final java.util.concurrent.atomic.AtomicInteger floor = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param closeness the visitor's position, or null
     * @param perService one hit per service (its best location), else one per location
     * @param matches per segment ord, the matching documents: the pass scores the first document
     *     of each service's block (which holds the texts) and takes its matching locations from these
     */
    TopServices(int offset, int limit, Closeness closeness, boolean perService, Map<Integer, FixedBitSet> matches) {
        this.offset = offset;
        this.limit = limit;
        this.closeness = closeness;
        this.perService = perService;
        this.matches = matches;
    }

    @Override
    public Slice newCollector() {
        return new Slice();
    }

    @Override
    public Page reduce(Collection<Slice> slices) {
        List<BestServices.Candidate> candidates = new ArrayList<>();
        for (Slice slice : slices) {
            candidates.addAll(slice.candidates);
        }
        return new Page(BestServices.page(candidates, offset, limit));
    }

    /** The segments of one slice of the index. */
    final class Slice implements Collector {

        private final List<BestServices.Candidate> candidates = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            SegmentColumns columns = SegmentColumns.of(context.reader());
            FixedBitSet matched = matches.getOrDefault(context.ord, new FixedBitSet(context.reader().maxDoc()));
            BestServices best = new BestServices(offset + limit);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    raiseMinimum(Float.intBitsToFloat(floor.get()));
                }

                private void raiseMinimum(float worst) throws IOException {
                    if (worst > 0f) {
                        // Ties stay (they may win on name); anything lower can no longer make the
                        // page, whatever closeness adds.
                        float bonus = closeness == null ? 0f : closeness.weight();
                        scorer.setMinCompetitiveScore(Math.max(0f, worst - bonus));
                    }
                }

                /** {@code first} is the first document of a service's block: its score is the service's. */
                @Override
                public void collect(int first) throws IOException {
                    float score = scorer.score();
                    int end = columns.blockEnd[first];
                    int bestDoc = -1;
                    float bestBonus = 0f;
                    for (int doc = matched.nextSetBit(first); doc < end;
                            doc = doc + 1 < end ? matched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                        float bonus = closeness == null ? 0f : closeness.of(columns, doc);
                        if (!perService) {
                            offer(doc, score + bonus);
                        } else if (bestDoc < 0 || bonus > bestBonus) {
                            bestDoc = doc;
                            bestBonus = bonus;
                        }
                    }
                    if (bestDoc >= 0) {
                        offer(bestDoc, score + bestBonus);
                    }
                }

                private void offer(int doc, float score) throws IOException {
                    if (best.offer(columns.service[doc], columns.sortName[doc], doc, score) && best.isFull()) {
                        float worst = best.worstScore();
                        int bits = floor.accumulateAndGet(Float.floatToIntBits(worst),
                                (a, b) -> Float.intBitsToFloat(a) >= Float.intBitsToFloat(b) ? a : b);
                        raiseMinimum(Float.intBitsToFloat(bits));
                    }
                }

                @Override
                public void finish() throws IOException {
                    best.drainTo(candidates, context);
                }
            };
        }
    }
}
