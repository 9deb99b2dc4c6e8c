package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.directory.ServiceFacts;
import nl.wegwijs.directory.hsds.Hsds;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a service into index documents: one per service-at-location (or one without a location),
 * added together as a block so they stay next to each other in the index.
 */
final class ServiceDocuments {

    private static final String CATEGORY_TAXONOMY = ServiceFacts.CATEGORY_TAXONOMY;
    private static final String GROUP_TAXONOMY = ServiceFacts.GROUP_TAXONOMY;
    private static final String ACCESS_TAXONOMY = ServiceFacts.ACCESS_TAXONOMY;

    /**
     * Text with offsets in the postings, so snippets are highlighted without analysing the text
     * again; the text itself is in binary doc values (see Snippets), not in stored fields.
     */
    private static final FieldType DESCRIPTION_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    /** Words only (which documents have them), for counting matches; see IndexFields.ALL_TEXT. */
    private static final FieldType ALL_TEXT_TYPE = new FieldType();
    /** Weighted frequencies and lengths, for ranking; see WeightedTerms. */
    private static final FieldType RANKED_TYPE = new FieldType();

    static {
        DESCRIPTION_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        DESCRIPTION_TYPE.freeze();
        ALL_TEXT_TYPE.setTokenized(true);
        ALL_TEXT_TYPE.setOmitNorms(true);
        ALL_TEXT_TYPE.setIndexOptions(IndexOptions.DOCS);
        ALL_TEXT_TYPE.freeze();
        RANKED_TYPE.setTokenized(true);
        RANKED_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        RANKED_TYPE.freeze();
    }

    /**
     * How much a word counts in the ranking field by where it is (twice the relative weight:
     * frequencies are whole numbers): a word in the name counts four times one in the description.
     */
    private static final int NAME_WEIGHT = 8;
    private static final int CATEGORY_WEIGHT = 5;
    private static final int ORGANIZATION_WEIGHT = 4;
    private static final int PLACE_WEIGHT = 3;
    private static final int DESCRIPTION_WEIGHT = 2;

    /**
     * Searches score the ranking field with BM25 whose {@code k1} is scaled like the frequencies
     * (a word once in a description has frequency 2, so it saturates as Lucene's default would
     * for frequency 1); every other field keeps Lucene's default BM25.
     */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity ranked = new BM25Similarity(1.2f * DESCRIPTION_WEIGHT, 0.75f);
        private final Similarity other = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            return RANKED.equals(field) ? ranked : other;
        }
    };

    private ServiceDocuments() {
    }

    static List<Document> of(Hsds.Service service, Analyzer analyzer) {
        List<Hsds.ServiceAtLocation> physical = Hsds.orEmpty(service.serviceAtLocations()).stream()
                .filter(at -> at.location() != null && at.location().latitude() != null && at.location().longitude() != null)
                .toList();
        List<Document> documents = new ArrayList<>();
        List<Hsds.Location> places = new ArrayList<>();
        if (physical.isEmpty()) {
            Document document = common(service);
            document.add(new StringField(NATIONAL, YES, Field.Store.NO));
            Hsds.orEmpty(service.serviceAtLocations()).stream().map(Hsds.ServiceAtLocation::location)
                    .filter(java.util.Objects::nonNull).forEach(location -> {
                        postcodes(document, location);
                        places.add(location);
                    });
            documents.add(document);
        }
        for (Hsds.ServiceAtLocation at : physical) {
            Document document = common(service);
            document.add(new StringField(SAL_ID, at.id(), Field.Store.YES));
            document.add(new SortedDocValuesField(SAL_ID, new BytesRef(at.id())));
            Hsds.Location location = at.location();
            // Doc values only: searches read positions from memory (SegmentColumns, WithinDistanceQuery).
            document.add(new LatLonDocValuesField(LOCATION, location.latitude(), location.longitude()));
            postcodes(document, location);
            places.add(location);
            if (Hsds.orEmpty(location.accessibility()).stream().anyMatch(a -> "rolstoeltoegankelijk".equalsIgnoreCase(a.details()))) {
                facet(document, WHEELCHAIR, YES);
            }
            if (ServiceFacts.isNational(service)) {
                document.add(new StringField(NATIONAL, YES, Field.Store.NO));
            }
            documents.add(document);
        }
        Document first = documents.getFirst();
        texts(first, service, analyzer, placeWords(places));
        first.add(new NumericDocValuesField(BLOCK_SIZE, documents.size()));
        return documents;
    }

    /**
     * The texts a query searches, on the block's first document only: the service's own texts
     * and the words of its places (of every location: a text query finds the service, and the
     * search ranks its locations by closeness).
     */
    private static void texts(Document document, Hsds.Service service, Analyzer analyzer, String places) {
        String organization = organization(service);
        String description = description(service);
        String categories = categoryNames(service);
        document.add(new TextField(NAME_EXACT, service.name(), Field.Store.NO));
        document.add(new TextField(NAME_EXACT, service.organization().name(), Field.Store.NO));
        document.add(new Field(DESCRIPTION, description, DESCRIPTION_TYPE));
        document.add(new BinaryDocValuesField(DESCRIPTION, new BytesRef(description)));
        for (String text : List.of(service.name(), organization, description, categories, places)) {
            document.add(new Field(ALL_TEXT, text, ALL_TEXT_TYPE));
        }
        document.add(new TextField(PLAIN, String.join(" ", service.name(), organization, categories,
                service.description() == null ? "" : service.description()), Field.Store.NO));
        document.add(new Field(RANKED, rankedTerms(service, analyzer).add(places, PLACE_WEIGHT).tokens(), RANKED_TYPE));
    }

    /** The service's own texts (not its places) for the ranking field, by weight. */
    private static WeightedTerms rankedTerms(Hsds.Service service, Analyzer analyzer) {
        return new WeightedTerms(analyzer)
                .add(service.name(), NAME_WEIGHT)
                .add(categoryNames(service), CATEGORY_WEIGHT)
                .add(organization(service), ORGANIZATION_WEIGHT)
                .add(description(service), DESCRIPTION_WEIGHT);
    }

    private static String organization(Hsds.Service service) {
        return Stream.of(service.organization().name(), service.organization().alternateName())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static String description(Hsds.Service service) {
        return Stream.of(service.description(), service.eligibilityDescription(),
                        service.applicationProcess(), service.alternateName())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String categoryNames(Hsds.Service service) {
        return Hsds.orEmpty(service.attributes()).stream().map(Hsds.Attribute::taxonomyTerm)
                .filter(term -> !ACCESS_TAXONOMY.equals(term.taxonomy())).map(Hsds.TaxonomyTerm::name)
                .distinct().collect(Collectors.joining(" "));
    }

    private static Document common(Hsds.Service service) {
        Document document = new Document();
        document.add(new StringField(SERVICE_ID, service.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(SERVICE_ID, new BytesRef(service.id())));
        document.add(new StringField(ORGANIZATION_ID, service.organization().id(), Field.Store.NO));
        document.add(new StringField(STATUS, service.status(), Field.Store.NO));
        document.add(new SortedDocValuesField(SORT_NAME, new BytesRef(SearchVocabulary.normalize(service.name()))));

        for (Hsds.Attribute attribute : Hsds.orEmpty(service.attributes())) {
            Hsds.TaxonomyTerm term = attribute.taxonomyTerm();
            document.add(new StringField(TERM_ID, term.id(), Field.Store.NO));
            String taxonomy = term.taxonomy() == null ? "" : term.taxonomy();
            switch (taxonomy) {
                case CATEGORY_TAXONOMY -> facet(document, CATEGORY, term.code());
                case GROUP_TAXONOMY -> facet(document, GROUP, term.code());
                case ACCESS_TAXONOMY -> {
                    if ("vrij".equals(term.code()) || "landelijk".equals(term.code())) {
                        facet(document, NO_REFERRAL, YES);
                    }
                }
                default -> { }
            }
        }

        Hsds.orEmpty(service.serviceAreas()).stream().map(Hsds.ServiceArea::name).filter(n -> n != null && !n.isBlank())
                .distinct().forEach(name -> facet(document, AREA, name));
        Hsds.orEmpty(service.languages()).stream().map(Hsds.Language::code).filter(c -> c != null && !c.isBlank())
                .distinct().forEach(code -> facet(document, LANGUAGE, code));
        if (ServiceFacts.isFree(service)) {
            facet(document, FREE, YES);
        }
        long modified = service.lastModified() == null ? 0 : service.lastModified().toEpochMilli();
        document.add(new LongPoint(MODIFIED, modified));
        document.add(new NumericDocValuesField(MODIFIED, modified));
        for (int[] range : WeeklyHours.ranges(Hsds.orEmpty(service.schedules()))) {
            document.add(new IntRange(OPEN, new int[] {range[0]}, new int[] {range[1]}));
        }
        return document;
    }

    private static void postcodes(Document document, Hsds.Location location) {
        for (Hsds.Address address : Hsds.orEmpty(location.addresses())) {
            if (address.postalCode() != null) {
                String postcode = address.postalCode().replaceAll("\\s+", "").toUpperCase();
                document.add(new StringField(POSTCODE, postcode, Field.Store.NO));
            }
        }
    }

    /**
     * The words of the places' names and addresses, each once (a town shared by all locations
     * counts as often as a place name of one).
     */
    private static String placeWords(List<Hsds.Location> places) {
        Set<String> words = new LinkedHashSet<>();
        for (Hsds.Location location : places) {
            List<String> texts = new ArrayList<>();
            texts.add(location.name());
            for (Hsds.Address address : Hsds.orEmpty(location.addresses())) {
                texts.add(address.address1());
                texts.add(address.city());
            }
            texts.stream().filter(text -> text != null && !text.isBlank())
                    .flatMap(text -> Stream.of(text.strip().split("\\s+"))).forEach(words::add);
        }
        return String.join(" ", words);
    }

    /** Free when no cost option asks for money. */
    private static void facet(Document document, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            // doc values to count, an indexed term to filter
            document.add(new SortedSetDocValuesField(IndexFields.facet(dimension), new BytesRef(value)));
            document.add(new StringField(IndexFields.facet(dimension), value, Field.Store.NO));
        }
    }

}
