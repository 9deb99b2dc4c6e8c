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
 * The documents whose location is within a distance of a point (and, if asked, those of national
 * services, which distance never filters out), checked from the positions in memory
 * (SegmentColumns) for the documents the rest of the query matches. Lucene's distance queries
 * build a grid of cells around the circle for every search and segment (for the points and for
 * the doc values), which cost more than the check itself once a text narrows the search.
 */
final class WithinDistanceQuery extends Query {

    private static final double METERS_PER_DEGREE = Math.toRadians(1) * 6_371_008.7714;

    private final double latitude;
    private final double longitude;
    private final double meters;
    private final boolean orNational;

    /** @param orNational whether documents of national services match too, wherever they are */
    WithinDistanceQuery(double latitude, double longitude, double meters, boolean orNational) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.meters = meters;
        this.orNational = orNational;
    }

    /** The check of this query, for a pass that walks a service's locations itself. */
    Circle circle() {
        return new Circle(latitude, longitude, meters, orNational);
    }

    /**
     * Whether a document's location is within the distance (or it is of a national service, when
     * those count). The flat-earth distance decides outside a band of 1% around the radius
     * (within tens of kilometres it is off by far less), the great-circle distance inside it.
     */
    static final class Circle {

        private final double latitude;
        private final double longitude;
        private final double meters;
        private final boolean orNational;
        private final Rectangle box;
        private final double longitudeScale;
        private final double surely;
        private final double surelyNot;

        private Circle(double latitude, double longitude, double meters, boolean orNational) {
            this.latitude = latitude;
            this.longitude = longitude;
            this.meters = meters;
            this.orNational = orNational;
            this.box = Rectangle.fromPointDistance(latitude, longitude, meters);
            this.longitudeScale = Math.cos(Math.toRadians(latitude));
            this.surely = Math.pow(meters * 0.99 / METERS_PER_DEGREE, 2);
            this.surelyNot = Math.pow(meters * 1.01 / METERS_PER_DEGREE, 2);
        }

        boolean contains(SegmentColumns columns, int doc) {
            if (orNational && columns.national[doc]) {
                return true;
            }
            double lat = columns.latitude[doc];
            double lon = columns.longitude[doc];
            if (Double.isNaN(lat) || lat < box.minLat || lat > box.maxLat
                    || (!box.crossesDateline() && (lon < box.minLon || lon > box.maxLon))) {
                return false;
            }
            double north = lat - latitude;
            double east = (lon - longitude) * longitudeScale;
            double flat = north * north + east * east;
            return flat <= surely || (flat <= surelyNot
                    && SloppyMath.haversinMeters(latitude, longitude, lat, lon) <= meters);
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        Circle circle = circle();
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                SegmentColumns columns = SegmentColumns.of(context.reader());
                DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                TwoPhaseIterator within = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() {
                        return circle.contains(columns, all.docID());
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
        return "WithinDistance(" + latitude + "," + longitude + " " + meters + " m" + (orNational ? ", or national)" : ")");
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && latitude == ((WithinDistanceQuery) other).latitude
                && longitude == ((WithinDistanceQuery) other).longitude
                && meters == ((WithinDistanceQuery) other).meters
                && orNational == ((WithinDistanceQuery) other).orNational;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(classHash(), latitude, longitude, meters, orNational);
    }
}
