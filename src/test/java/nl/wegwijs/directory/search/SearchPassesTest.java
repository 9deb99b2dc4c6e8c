package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.wegwijs.bench.BenchQueries;
import nl.wegwijs.bench.SyntheticDirectory;
import nl.wegwijs.directory.hsds.Hsds;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The invariants the search passes rely on, on a few thousand synthetic service-at-locations: the index is
 * split over the cores without ever splitting a service, and every document the cheap counting
 * query matches is one the scoring query can rank (the ranking pass scores only what counting found).
 */
class SearchPassesTest {

    @TempDir
    static Path folder;

    private static SearchVocabulary vocabulary;
    private static DirectoryIndex index;

    @BeforeAll
    static void index() {
        vocabulary = SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/");
        // Spread over the cores at any size, as a large directory is.
        index = new DirectoryIndex(folder, vocabulary, 0);
        List<Hsds.Service> services = new SyntheticDirectory().services(4_000);
        // A rebuild and a later update: more than one segment, as after edits.
        int split = services.size() * 3 / 4;
        index.rebuild(consumer -> consumer.accept(services.subList(0, split)), "test");
        index.save(services.subList(split, services.size()), "test");
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void slicesCoverEveryDocumentOnceAndNeverSplitAService() {
        index.withSearcher(searcher -> {
            Set<String> seen = new HashSet<>();
            int partial = 0;
            for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
                Set<Object> segmentsInSlice = new HashSet<>();
                for (LeafReaderContextPartition partition : slice.partitions) {
                    assertThat(segmentsInSlice.add(partition.ctx.ord)).as("one part of a segment per slice").isTrue();
                    int[] service = SegmentColumns.of(partition.ctx.reader()).service;
                    int from = partition.minDocId;
                    int to = Math.min(partition.maxDocId, partition.ctx.reader().maxDoc());
                    partial += from > 0 || to < service.length ? 1 : 0;
                    assertThat(from == 0 || service[from] != service[from - 1]).as("starts with a service").isTrue();
                    assertThat(to == service.length || service[to] != service[to - 1]).as("ends with a service").isTrue();
                    for (int doc = from; doc < to; doc++) {
                        assertThat(seen.add(partition.ctx.ord + "/" + doc)).as("document in one partition").isTrue();
                    }
                }
            }
            int documents = searcher.getIndexReader().leaves().stream()
                    .mapToInt(leaf -> leaf.reader().maxDoc()).sum();
            assertThat(seen).hasSize(documents);
            if (Runtime.getRuntime().availableProcessors() > 1) {
                assertThat(partial).as("the large segment is shared between the cores").isGreaterThan(1);
            }
            return null;
        });
    }

    @Test
    void everyDocumentCountedIsOneTheScoringQueryRanks() {
        TextQueries queries = new TextQueries(vocabulary);
        List<String> texts = Stream.concat(BenchQueries.QUERIES.stream().map(BenchQueries.Query::text),
                Stream.of("iemand die helpt met de was en boodschappen doen", "rolstoel", "mantelzorg-ondersteuning",
                        "xyzzy", "de", "113 of 112")).toList();
        index.withSearcher(searcher -> {
            for (String text : texts) {
                for (boolean fuzzy : new boolean[] {false, true}) {
                    TextQueries.Built built = queries.textQuery(text, fuzzy, searcher);
                    Query scoredAndCounted = new BooleanQuery.Builder()
                            .add(built.scores(), BooleanClause.Occur.MUST)
                            .add(built.matching(), BooleanClause.Occur.FILTER)
                            .build();
                    assertThat(searcher.count(built.matching())).as(text + (fuzzy ? " (typo-tolerant)" : ""))
                            .isEqualTo(searcher.count(scoredAndCounted));
                }
            }
            return null;
        });
    }

    /**
     * A value's count next to a search equals the number of services the same search finds with
     * that value chosen: counted from bits for a broad search, one service at a time for a narrow
     * one, in every part of a shared segment.
     */
    @Test
    void facetCountsAreTheServicesFoundWithThatValueChosen() {
        DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
        Postcodes.Point meppel = new Postcodes.Point(52.6958, 6.1944);
        for (String text : List.of("", "hulp", "mantelzorg", "Buurthuis De Eik", "rolstoel lenen")) {
            // Without a distance filter a service is counted from its first document; with one, per location.
            for (Integer within : java.util.Arrays.asList(null, 2000)) {
                SearchRequest request = new SearchRequest(text, java.util.Map.of(), within == null ? null : meppel,
                        within, null, null, null, null, true, 0, 10);
                SearchResponse response = assertFacetCounts(searcher, request);
                assertThat(response.totalServices()).as(text).isGreaterThan(0);
                // With choices made, in one or two dimensions (per service and per location).
                String category = response.facets().get(IndexFields.CATEGORY).getFirst().value();
                String language = response.facets().get(IndexFields.LANGUAGE).getLast().value();
                for (java.util.Map<String, Set<String>> choices : List.of(
                        java.util.Map.of(IndexFields.CATEGORY, Set.of(category)),
                        java.util.Map.of(IndexFields.CATEGORY, Set.of(category), IndexFields.LANGUAGE, Set.of(language)),
                        java.util.Map.of(IndexFields.WHEELCHAIR, Set.of(IndexFields.YES), IndexFields.LANGUAGE,
                                Set.of(language)))) {
                    assertFacetCounts(searcher, new SearchRequest(text, choices, request.near(), within, null, null,
                            null, null, true, 0, 10));
                }
            }
        }
    }

    /**
     * Checks that each facet count of the request's response is the number of services found
     * with only that value chosen in its dimension (and the other dimensions' choices kept).
     */
    private static SearchResponse assertFacetCounts(DirectorySearcher searcher, SearchRequest request) {
        SearchResponse response = searcher.search(request, BenchQueries.NOW);
        response.facets().forEach((dimension, counts) -> {
            if (DirectorySearcher.DIMENSIONS.contains(dimension)) {
                for (SearchResponse.FacetCount count : counts) {
                    java.util.Map<String, Set<String>> choices = new java.util.HashMap<>(request.selections());
                    choices.put(dimension, Set.of(count.value()));
                    SearchResponse found = searcher.search(new SearchRequest(request.text(), choices, request.near(),
                            request.withinMeters(), null, null, null, null, true, 0, 10), BenchQueries.NOW);
                    String what = request.text() + " within " + request.withinMeters() + " " + request.selections()
                            + ": " + dimension + "=" + count.value();
                    if (found.typoTolerant()) {
                        // Fewer than 3 exact matches: the search tried again with typo tolerance.
                        assertThat(count.count()).as(what).isLessThan(3);
                    } else {
                        assertThat(found.totalServices()).as(what).isEqualTo(count.count());
                    }
                }
            }
        });
        return response;
    }

    /**
     * A search within a distance finds the active services with a location within it, and the
     * national ones, as Lucene's own distance query on the locations does; the page's hits are
     * locations within it (or national services).
     */
    @Test
    void searchWithinDistanceFindsTheServicesWithALocationWithinIt() {
        DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
        java.util.Random random = new java.util.Random(7942);
        Set<String> nationals = index.withSearcher(lucene -> {
            Set<String> ids = new HashSet<>();
            for (var hit : lucene.search(new TermQuery(new Term(IndexFields.NATIONAL, IndexFields.YES)),
                    lucene.getIndexReader().maxDoc()).scoreDocs) {
                ids.add(lucene.storedFields().document(hit.doc).get(IndexFields.SERVICE_ID));
            }
            return ids;
        });
        for (int round = 0; round < 12; round++) {
            Postcodes.Point near = new Postcodes.Point(52.6 + random.nextDouble() * 0.2, 6.1 + random.nextDouble() * 0.2);
            int meters = 500 + random.nextInt(8000);
            Set<String> expected = index.withSearcher(lucene -> {
                Query locations = new BooleanQuery.Builder()
                        .add(new BooleanQuery.Builder()
                                .add(org.apache.lucene.document.LatLonDocValuesField.newSlowDistanceQuery(
                                        IndexFields.LOCATION, near.latitude(), near.longitude(), meters),
                                        BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term(IndexFields.NATIONAL, IndexFields.YES)),
                                        BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(IndexFields.STATUS, "active")), BooleanClause.Occur.FILTER)
                        .build();
                Set<String> ids = new HashSet<>();
                for (var hit : lucene.search(locations, lucene.getIndexReader().maxDoc()).scoreDocs) {
                    ids.add(lucene.storedFields().document(hit.doc).get(IndexFields.SERVICE_ID));
                }
                return ids;
            });
            for (String text : List.of("", "hulp")) {
                SearchRequest request = new SearchRequest(text, java.util.Map.of(), near, meters, null, null, null,
                        null, true, 0, 200);
                SearchResponse response = searcher.search(request, BenchQueries.NOW);
                if (text.isEmpty()) {
                    assertThat(response.totalServices()).as(near + " within " + meters).isEqualTo(expected.size());
                }
                for (SearchResponse.Hit hit : response.hits()) {
                    assertThat(expected).as(text + " " + near + " within " + meters).contains(hit.serviceId());
                    assertThat(nationals.contains(hit.serviceId()) || hit.distanceMeters() <= meters)
                            .as(hit.toString()).isTrue();
                }
            }
        }
    }

    /**
     * "Open now" counts the services found that the open-at filter keeps, at moments spread
     * over the week (the open services are kept per stretch of the week between changes).
     */
    @Test
    void openNowCountsTheServicesOpenAtThatMoment() {
        DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
        java.time.ZonedDateTime monday = java.time.ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0,
                java.time.ZoneId.of("Europe/Amsterdam"));
        java.util.Random random = new java.util.Random(1400);
        List<java.time.ZonedDateTime> moments = new java.util.ArrayList<>();
        // Around the hours at which opening hours change, one minute after another; then anywhere.
        for (int hour : new int[] {9, 13, 17, 0}) {
            for (int minute = -1; minute <= 1; minute++) {
                moments.add(monday.plusDays(1).plusHours(hour).plusMinutes(minute));
            }
        }
        for (int round = 0; round < 24; round++) {
            moments.add(monday.plusMinutes(random.nextInt(7 * 24 * 60)));
        }
        for (java.time.ZonedDateTime now : moments) {
            for (String text : List.of("", "hulp", "mantelzorg")) {
                SearchResponse all = searcher.search(SearchRequest.text(text), now);
                long open = all.facets().get(IndexFields.OPEN_NOW).stream().mapToLong(SearchResponse.FacetCount::count)
                        .sum();
                SearchRequest onlyOpen = new SearchRequest(text, java.util.Map.of(), null, null, now, null, null, null,
                        true, 0, 10);
                assertThat(searcher.search(onlyOpen, now).totalServices()).as(text + " at " + now).isEqualTo(open);
            }
        }
    }

    /**
     * The distance filter from the positions in memory finds what Lucene's distance query on the
     * doc values finds, and with national services also those.
     */
    @Test
    void distanceFilterFindsWhatLucenesDistanceQueryFinds() {
        java.util.Random random = new java.util.Random(7941);
        index.withSearcher(searcher -> {
            for (int round = 0; round < 40; round++) {
                double latitude = 52.6 + random.nextDouble() * 0.3;
                double longitude = 6.1 + random.nextDouble() * 0.3;
                double meters = 200 + random.nextDouble() * 15_000;
                long lucene = searcher.count(org.apache.lucene.document.LatLonDocValuesField.newSlowDistanceQuery(
                        IndexFields.LOCATION, latitude, longitude, meters));
                assertThat(searcher.count(new WithinDistanceQuery(latitude, longitude, meters, false)))
                        .as(latitude + "," + longitude + " within " + meters).isEqualTo(lucene);
                long national = searcher.count(new TermQuery(new Term(IndexFields.NATIONAL, IndexFields.YES)));
                long nationalWithin = searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.NATIONAL, IndexFields.YES)), BooleanClause.Occur.MUST)
                        .add(org.apache.lucene.document.LatLonDocValuesField.newSlowDistanceQuery(IndexFields.LOCATION,
                                latitude, longitude, meters), BooleanClause.Occur.FILTER).build());
                assertThat(searcher.count(new WithinDistanceQuery(latitude, longitude, meters, true)))
                        .as("or national").isEqualTo(lucene + national - nationalWithin);
            }
            return null;
        });
    }
}
