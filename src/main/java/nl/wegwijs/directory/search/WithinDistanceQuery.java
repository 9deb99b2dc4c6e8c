package nl.wegwijs.directory.search;

import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * The documents whose location is within a distance of a point, checked from the positions in
 * memory (SegmentColumns) for the documents the rest of the query matches. Lucene's distance
 * queries build a grid of cells around the circle for every search and segment (for the points
 * and for the doc values), which cost more than the check itself once a text narrows the search.
 */
final class WithinDistanceQuery extends Query {

    private final double latitude;
    private final double longitude;
    private final double meters;

    WithinDistanceQuery(double latitude, double longitude, double meters) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.meters = meters;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        Rectangle box = Rectangle.fromPointDistance(latitude, longitude, meters);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                SegmentColumns columns = SegmentColumns.of(context.reader());
                double[] latitudes = columns.latitude;
                double[] longitudes = columns.longitude;
                DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                TwoPhaseIterator within = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() {
                        int doc = all.docID();
                        double lat = latitudes[doc];
                        double lon = longitudes[doc];
                        if (Double.isNaN(lat) || lat < box.minLat || lat > box.maxLat
                                || (!box.crossesDateline() && (lon < box.minLon || lon > box.maxLon))) {
                            return false;
                        }
                        return SloppyMath.haversinMeters(latitude, longitude, lat, lon) <= meters;
                    }

                    @Override
                    public float matchCost() {
                        return 20;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, within));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "WithinDistance(" + latitude + "," + longitude + " " + meters + " m)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && latitude == ((WithinDistanceQuery) other).latitude
                && longitude == ((WithinDistanceQuery) other).longitude
                && meters == ((WithinDistanceQuery) other).meters;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(classHash(), latitude, longitude, meters);
    }
}
