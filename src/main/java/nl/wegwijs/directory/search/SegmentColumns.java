package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * What a search reads for every matching document, per segment, as plain arrays in memory: the
 * service (ordinal), its sort name (ordinal) and the facet values (ordinals, per dimension).
 * Reading these from doc values for tens of thousands of documents per search is most of the
 * cost of counting facets; an array lookup is not. Built once per segment (when the searcher
 * that first sees it is opened) and dropped when the segment goes; a segment never changes.
 * Memory: about 4 bytes per document per dimension plus 4 per value, so some MB at 100,000
 * documents.
 */
final class SegmentColumns {

    private static final Map<IndexReader.CacheKey, SegmentColumns> CACHE = new ConcurrentHashMap<>();

    /** Per document, the ordinal of its service id; documents of one service are adjacent. */
    final int[] service;
    /** Per document, the ordinal of its service's sort name (-1 when missing). */
    final int[] sortName;
    /** Per dimension: document {@code d} has the ordinals {@code ords[d][start[d][doc]..start[d][doc+1])}. */
    final int[][] start;
    final int[][] ords;
    /** Per dimension, the value of each ordinal. */
    final String[][] values;

    private SegmentColumns(LeafReader reader, List<String> dimensions) throws IOException {
        int maxDoc = reader.maxDoc();
        service = single(DocValues.getSorted(reader, IndexFields.SERVICE_ID), maxDoc);
        sortName = single(DocValues.getSorted(reader, IndexFields.SORT_NAME), maxDoc);
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
