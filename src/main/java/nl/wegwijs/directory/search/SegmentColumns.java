package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search reads for every matching document, per segment, as plain arrays in memory: the
 * service (ordinal), its service's block, its sort name (ordinal), the position of the location, the facet values
 * (ordinals, per dimension) and the opening hours ({@link OpeningHours}).
 * Reading these from doc values for tens of thousands of documents per search is most of the
 * cost of counting facets; an array lookup is not. Built once per segment (when the searcher
 * that first sees it is opened) and dropped when the segment goes; a segment never changes.
 * Memory: about 4 bytes per document per dimension, 4 per value and 16 for the position, a bit
 * per document per distinct per-service value, and the ids of the services and locations shown
 * so far ({@link ShownIds}: at most about 15 MB at 100,000 documents if every one is shown), so
 * some MB to some tens of MB at 100,000 documents.
 */
final class SegmentColumns {

    private static final Map<IndexReader.CacheKey, SegmentColumns> CACHE = new ConcurrentHashMap<>();

    /** Per document, the ordinal of its service id; documents of one service are adjacent. */
    final int[] service;
    /**
     * Per document, the first document of its service's block (which holds the texts, see
     * IndexFields) and the document after the block's last.
     */
    final int[] blockStart;
    final int[] blockEnd;
    /** Per document, the ordinal of its service's sort name (-1 when missing). */
    final int[] sortName;
    /** The ids and sort names of the services shown, kept once read. */
    final ShownIds ids;
    /** Per document, whether it is of a national service (which distance never filters out). */
    final boolean[] national;
    /** Per document, the position of its location (NaN when it has none). */
    final double[] latitude;
    final double[] longitude;
    /** Per dimension: document {@code d} has the ordinals {@code ords[d][start[d][doc]..start[d][doc+1])}. */
    final int[][] start;
    final int[][] ords;
    /** Per dimension, the value of each ordinal. */
    final String[][] values;
    /**
     * The values of all dimensions set per service (not per location) in one list per document,
     * as {@code offset[dimension] + ordinal}: counting a service is then one short loop.
     */
    final int[] serviceStart;
    final int[] serviceOrds;
    final int[] offset;
    /** The average length of a document's list in {@code serviceOrds}. */
    private final double valuesPerDocument;
    /** The first document of every service's block. */
    final FixedBitSet firsts;
    /**
     * Per flat ordinal of a per-service value: the first documents of the services that have it
     * (for a per-location dimension: that have it at any location).
     */
    private final FixedBitSet[] serviceValueFirsts;
    /** The opening hours of the services, for "open now". */
    final OpeningHours hours;

    private SegmentColumns(LeafReader reader, List<String> dimensions) throws IOException {
        int maxDoc = reader.maxDoc();
        service = single(DocValues.getSorted(reader, IndexFields.SERVICE_ID), maxDoc);
        sortName = single(DocValues.getSorted(reader, IndexFields.SORT_NAME), maxDoc);
        ids = new ShownIds(reader);
        blockStart = new int[maxDoc];
        blockEnd = new int[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            blockStart[doc] = doc;
            blockEnd[doc] = doc + 1;
        }
        NumericDocValues sizes = DocValues.getNumeric(reader, IndexFields.BLOCK_SIZE);
        for (int doc = sizes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sizes.nextDoc()) {
            int end = (int) Math.min(maxDoc, doc + Math.max(1, sizes.longValue()));
            for (int member = doc; member < end; member++) {
                blockStart[member] = doc;
                blockEnd[member] = end;
            }
        }
        national = new boolean[maxDoc];
        PostingsEnum nationals = reader.postings(new Term(IndexFields.NATIONAL, IndexFields.YES));
        if (nationals != null) {
            for (int doc = nationals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nationals.nextDoc()) {
                national[doc] = true;
            }
        }
        latitude = new double[maxDoc];
        longitude = new double[maxDoc];
        java.util.Arrays.fill(latitude, Double.NaN);
        java.util.Arrays.fill(longitude, Double.NaN);
        SortedNumericDocValues locations = DocValues.getSortedNumeric(reader, IndexFields.LOCATION);
        for (int doc = locations.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = locations.nextDoc()) {
            long encoded = locations.nextValue();
            latitude[doc] = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
            longitude[doc] = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
        }
        start = new int[dimensions.size()][];
        ords = new int[dimensions.size()][];
        values = new String[dimensions.size()][];
        for (int d = 0; d < dimensions.size(); d++) {
            SortedSetDocValues docValues = DocValues.getSortedSet(reader, IndexFields.facet(dimensions.get(d)));
            int[] starts = new int[maxDoc + 1];
            int[] all = new int[Math.max(16, maxDoc)];
            int size = 0;
            int next = 0;
            for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
                while (next <= doc) {
                    starts[next++] = size;
                }
                for (int i = 0; i < docValues.docValueCount(); i++) {
                    if (size == all.length) {
                        all = java.util.Arrays.copyOf(all, all.length * 2);
                    }
                    all[size++] = (int) docValues.nextOrd();
                }
            }
            while (next <= maxDoc) {
                starts[next++] = size;
            }
            start[d] = starts;
            ords[d] = java.util.Arrays.copyOf(all, size);
            String[] names = new String[(int) docValues.getValueCount()];
            for (int ord = 0; ord < names.length; ord++) {
                names[ord] = docValues.lookupOrd(ord).utf8ToString();
            }
            values[d] = names;
        }
        offset = new int[dimensions.size()];
        int total = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            offset[d] = total;
            total += values[d].length;
        }
        // Per document its per-service values; a block's first document also gets the values its
        // locations have in the per-location dimensions (any location), so that a search without
        // per-location filters can count whole services from their first documents.
        boolean[] perLocation = new boolean[dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            perLocation[d] = IndexFields.LOCATION_DIMENSIONS.contains(dimensions.get(d));
        }
        serviceStart = new int[maxDoc + 1];
        int[] flat = new int[Math.max(16, maxDoc * 2)];
        int next = 0;
        firsts = new FixedBitSet(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++) {
            serviceStart[doc] = next;
            boolean first = blockStart[doc] == doc;
            if (first) {
                firsts.set(doc);
            }
            for (int d = 0; d < dimensions.size(); d++) {
                if (perLocation[d] && !first) {
                    continue;
                }
                int from = next;
                for (int member = doc, end = perLocation[d] ? blockEnd[doc] : doc + 1; member < end; member++) {
                    for (int i = start[d][member]; i < start[d][member + 1]; i++) {
                        int value = offset[d] + ords[d][i];
                        // A document's own values are distinct; its block's locations may share some.
                        if (member == doc || !contains(flat, from, next, value)) {
                            if (next == flat.length) {
                                flat = java.util.Arrays.copyOf(flat, flat.length * 2);
                            }
                            flat[next++] = value;
                        }
                    }
                }
            }
        }
        serviceStart[maxDoc] = next;
        serviceOrds = java.util.Arrays.copyOf(flat, next);
        valuesPerDocument = maxDoc == 0 ? 0 : (double) next / maxDoc;
        serviceValueFirsts = new FixedBitSet[total];
        for (int doc = 0; doc < maxDoc; doc++) {
            if (blockStart[doc] == doc) {
                for (int i = serviceStart[doc]; i < serviceStart[doc + 1]; i++) {
                    FixedBitSet having = serviceValueFirsts[serviceOrds[i]];
                    if (having == null) {
                        having = serviceValueFirsts[serviceOrds[i]] = new FixedBitSet(maxDoc);
                    }
                    having.set(doc);
                }
            }
        }

        hours = new OpeningHours(reader, firsts);
    }

    /**
     * Adds to {@code counts} (by flat ordinal), for each per-service value from {@code fromValue}
     * up to (not including) {@code toValue}, how many of the services whose first documents are
     * in {@code firsts} have it. {@code firsts} holds only documents from {@code from} up to (not
     * including) {@code to}, {@code services} of them. Many services: a few thousand word-wide
     * ANDs and bit counts per value; few services: their values one by one.
     */
    void countServiceValues(FixedBitSet firsts, int from, int to, long services, long[] counts, int fromValue,
            int toValue) {
        if (services == 0 || from >= to) {
            return;
        }
        long byBits = (long) (toValue - fromValue) * ((((to - 1) >> 6) + 1) - (from >> 6));
        if (services * valuesPerDocument * 8 < byBits) {
            for (int first = firsts.nextSetBit(from); first < to;
                    first = first + 1 < to ? firsts.nextSetBit(first + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                for (int i = serviceStart[first], end = serviceStart[first + 1]; i < end; i++) {
                    int value = serviceOrds[i];
                    if (value >= fromValue && value < toValue) {
                        counts[value]++;
                    }
                }
            }
            return;
        }
        for (int value = fromValue; value < toValue; value++) {
            if (serviceValueFirsts[value] != null) {
                counts[value] += intersectionCount(firsts, serviceValueFirsts[value], from, to);
            }
        }
    }

    /**
     * The first documents of the services that have one of the chosen values of a dimension
     * (for a per-location dimension: at any location).
     *
     * @param chosen per ordinal of the dimension, whether it is chosen
     */
    FixedBitSet firstsWithAny(int dimension, boolean[] chosen) {
        FixedBitSet having = new FixedBitSet(firsts.length());
        for (int ord = 0; ord < chosen.length; ord++) {
            FixedBitSet withValue = serviceValueFirsts[offset[dimension] + ord];
            if (chosen[ord] && withValue != null) {
                having.or(withValue);
            }
        }
        return having;
    }

    /** How many of the documents in {@code a} from {@code from} up to (not including) {@code to} are in {@code b}. */
    static long intersectionCount(FixedBitSet a, FixedBitSet b, int from, int to) {
        if (from >= to) {
            return 0;
        }
        long[] x = a.getBits();
        long[] y = b.getBits();
        long count = 0;
        for (int word = from >> 6, toWord = ((to - 1) >> 6) + 1; word < toWord; word++) {
            count += Long.bitCount(x[word] & y[word]);
        }
        return count;
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The number of values over all dimensions (the size of a flat count array). */
    int valueCount() {
        return offset.length == 0 ? 0 : offset[offset.length - 1] + values[values.length - 1].length;
    }

    /** The columns of {@code reader}'s segment for the search's facet dimensions. */
    static SegmentColumns of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        return CACHE.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(CACHE::remove);
            return build(reader);
        });
    }

    private static SegmentColumns build(LeafReader reader) {
        try {
            return new SegmentColumns(reader, DirectorySearcher.DIMENSIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the facet values of the directory index", e);
        }
    }

    private static int[] single(SortedDocValues docValues, int maxDoc) throws IOException {
        int[] ords = new int[maxDoc];
        java.util.Arrays.fill(ords, -1);
        for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            ords[doc] = docValues.ordValue();
        }
        return ords;
    }
}
