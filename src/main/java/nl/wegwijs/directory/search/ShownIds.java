package nl.wegwijs.directory.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The ids and sort names of one segment's services shown so far, by ordinal, and the ids of
 * their locations, by document: a page's hits read them again and again, and reading one from
 * the compressed terms dictionary of the doc values decompresses a block of terms each time.
 * Filled as they are first read (a race only reads a value twice). {@code reader} is always (a
 * reader of) this segment, open at the time of the call.
 */
final class ShownIds {

    private final BytesRef[] serviceIds;
    private final BytesRef[] sortNames;
    private final String[] locationIds;

    ShownIds(LeafReader reader) throws IOException {
        serviceIds = new BytesRef[(int) DocValues.getSorted(reader, IndexFields.SERVICE_ID).getValueCount()];
        sortNames = new BytesRef[(int) DocValues.getSorted(reader, IndexFields.SORT_NAME).getValueCount()];
        locationIds = new String[reader.maxDoc()];
    }

    /** The id of the service with ordinal {@code ord}. */
    BytesRef serviceId(LeafReader reader, int ord) throws IOException {
        return term(serviceIds, reader, IndexFields.SERVICE_ID, ord);
    }

    /** The sort name with ordinal {@code ord} (empty for -1, a service without one). */
    BytesRef sortName(LeafReader reader, int ord) throws IOException {
        return ord < 0 ? new BytesRef() : term(sortNames, reader, IndexFields.SORT_NAME, ord);
    }

    /** The service-at-location id of a document, or null for a service without a physical location. */
    String locationId(LeafReader reader, int doc) throws IOException {
        String id = locationIds[doc];
        if (id == null) {
            SortedDocValues ids = DocValues.getSorted(reader, IndexFields.SAL_ID);
            if (!ids.advanceExact(doc)) {
                return null;
            }
            id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            locationIds[doc] = id;
        }
        return id;
    }

    private static BytesRef term(BytesRef[] cache, LeafReader reader, String field, int ord) throws IOException {
        BytesRef term = cache[ord];
        if (term == null) {
            term = BytesRef.deepCopyOf(DocValues.getSorted(reader, field).lookupOrd(ord));
            cache[ord] = term;
        }
        return term;
    }
}
