package nl.wegwijs.directory.search;

/**
 * Names of the fields in the directory index: one document per service at a location (or one for
 * a service without a place), added as one block per service. The texts a query searches
 * ({@link #ALL_TEXT}, {@link #RANKED}, {@link #PLAIN}, {@link #NAME_EXACT}, {@link #DESCRIPTION})
 * are on the block's first document only, with the places of all its locations: a text query
 * reads each service's postings once, however many locations it has (see ServiceBlockQuery).
 */
final class IndexFields {

    static final String SERVICE_ID = "service_id";
    static final String SAL_ID = "sal_id";
    static final String ORGANIZATION_ID = "organization_id";
    static final String STATUS = "status";
    static final String TERM_ID = "term_id";
    static final String NAME_EXACT = "name_exact";
    static final String DESCRIPTION = "description";
    static final String PLAIN = "plain";
    /**
     * Every word of the texts (name, organisation, description, categories, place),
     * analysed the same way, without frequencies or positions: which documents match, not how well.
     */
    static final String ALL_TEXT = "all_text";
    /**
     * The words of all text fields in one field, for ranking: a word's frequency weighted by the
     * field it is in (see ServiceDocuments), with frequencies and no positions.
     */
    static final String RANKED = "ranked";
    static final String LOCATION = "location";
    static final String NATIONAL = "national";
    static final String POSTCODE = "postcode";
    static final String MODIFIED = "modified";
    static final String OPEN = "open";
    static final String SORT_NAME = "sort_name";
    /** On the first document of a service's block: how many documents the block has. */
    static final String BLOCK_SIZE = "block_size";

    /** Facet dimensions: one SortedSetDocValues field each, prefixed {@code f_}. */
    static final String CATEGORY = "category";
    static final String GROUP = "group";
    static final String AREA = "area";
    static final String FREE = "free";
    static final String NO_REFERRAL = "no_referral";
    static final String LANGUAGE = "language";
    static final String WHEELCHAIR = "wheelchair";
    static final String OPEN_NOW = "open_now";
    /** The dimensions set per location (see ServiceDocuments); all others are set per service. */
    static final java.util.Set<String> LOCATION_DIMENSIONS = java.util.Set.of(WHEELCHAIR);

    static final String YES = "ja";

    private IndexFields() {
    }

    static String facet(String dimension) {
        return "f_" + dimension;
    }
}
