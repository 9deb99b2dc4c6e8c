package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The page of best-scoring services, one hit per service (its best location) or per location, without visiting
 * every match: once a segment has {@code offset + limit} services, no document scoring below the
 * worst of them can change the page (a service scores as its best location), so Lucene may skip
 * such documents (block-max WAND / MaxScore). Counting is {@link ServicePass}'s job.
 */
final class TopServices implements CollectorManager<TopServices.Slice, TopServices.Page> {

    /** The page, and how many services (or locations) matched when counting was asked for (else -1). */
    record Page(List<ServicePass.Top> top, long total) {
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
    private final boolean count;
    /**
     * The best "worst score of a full page" any partition has reached so far (float bits): with
     * that many services at least this good, nothing below it can make the page in any
     * partition, so each starts skipping at once instead of after filling a page of its own.
     */
    private final java.util.concurrent.atomic.AtomicInteger floor = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param closeness the visitor's position, or null
     * @param perService one hit per service (its best location), else one per location
     * @param count also count every match (then nothing can be skipped: one complete pass)
     */
    TopServices(int offset, int limit, Closeness closeness, boolean perService, boolean count) {
        this.offset = offset;
        this.limit = limit;
        this.closeness = closeness;
        this.perService = perService;
        this.count = count;
    }

    @Override
    public Slice newCollector() {
        return new Slice();
    }

    @Override
    public Page reduce(Collection<Slice> slices) {
        List<BestServices.Candidate> candidates = new ArrayList<>();
        long total = 0;
        for (Slice slice : slices) {
            candidates.addAll(slice.candidates);
            total += slice.groups;
        }
        return new Page(BestServices.page(candidates, offset, limit), count ? total : -1);
    }

    /** The segments of one slice of the index. */
    final class Slice implements Collector {

        private final List<BestServices.Candidate> candidates = new ArrayList<>();
        private long groups;

        @Override
        public ScoreMode scoreMode() {
            return count ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            SegmentColumns columns = SegmentColumns.of(context.reader());
            BestServices best = new BestServices(offset + limit);
            return new LeafCollector() {
                private Scorable scorer;
                private int group = -1;
                private int bestDoc = -1;
                private float bestScore;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (!count) {
                        raiseMinimum(Float.intBitsToFloat(floor.get()));
                    }
                }

                private void raiseMinimum(float worst) throws IOException {
                    if (worst > 0f) {
                        // Ties stay (they may win on name); anything lower can no longer make the
                        // page, whatever closeness adds.
                        float bonus = closeness == null ? 0f : closeness.weight();
                        scorer.setMinCompetitiveScore(Math.max(0f, worst - bonus));
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    int docGroup = perService ? columns.service[doc] : doc;
                    if (docGroup != group) {
                        flush();
                        group = docGroup;
                        bestDoc = -1;
                        groups++;
                    }
                    float score = closeness == null ? scorer.score() : scorer.score() + closeness.of(columns, doc);
                    if (bestDoc < 0 || score > bestScore) {
                        bestScore = score;
                        bestDoc = doc;
                    }
                }

                private void flush() throws IOException {
                    if (bestDoc >= 0 && best.offer(columns.service[bestDoc], columns.sortName[bestDoc], bestDoc, bestScore)
                            && best.isFull() && !count) {
                        float worst = best.worstScore();
                        int bits = floor.accumulateAndGet(Float.floatToIntBits(worst),
                                (a, b) -> Float.intBitsToFloat(a) >= Float.intBitsToFloat(b) ? a : b);
                        raiseMinimum(Float.intBitsToFloat(bits));
                    }
                }

                @Override
                public void finish() throws IOException {
                    flush();
                    best.drainTo(candidates, context);
                }
            };
        }
    }
}
