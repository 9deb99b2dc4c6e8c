package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SloppyMath;

/** Runs directory searches on the index: relevance, collapsing per service, facets, typo tolerance. */
public final class DirectorySearcher {

    /** The facet dimensions, in the order they are shown. */
    public static final List<String> DIMENSIONS = List.of(CATEGORY, GROUP, AREA, FREE, NO_REFERRAL, LANGUAGE, WHEELCHAIR);

    private static final int FEW_HITS = 3;
    private static final double CLOSENESS_PIVOT_METERS = 3000;

    private final DirectoryIndex index;
    private final TextQueries queries;
    private final Snippets snippets;

    DirectorySearcher(DirectoryIndex index, SearchVocabulary vocabulary) {
        this.index = index;
        this.queries = new TextQueries(vocabulary);
        this.snippets = new Snippets(index.analyzer());
    }

    /** A query the way the engine compares it: lower case, no accents, single spaces. */
    public static String normalizeQuery(String query) {
        return query == null ? "" : SearchVocabulary.normalize(query);
    }

    /** The lay terms of the synonym list and the compounds editors split (for autocomplete). */
    public java.util.Set<String> layTerms() {
        java.util.Set<String> terms = new java.util.HashSet<>(queries.synonyms().keySet());
        terms.addAll(queries.compounds().keySet());
        return java.util.Set.copyOf(terms);
    }

    /** What a lay term expands to now (file list and editors' additions); empty when nothing. */
    public List<String> synonymsOf(String term) {
        return queries.synonyms().getOrDefault(normalizeQuery(term), List.of());
    }

    /**
     * The lay terms worth offering as completions: the synonym list also holds common
     * misspellings (so they find something), which should not be suggested to anyone.
     */
    public java.util.Set<String> layTermsToComplete() {
        return index.withSearcher(searcher -> {
            java.util.Set<String> terms = new java.util.TreeSet<>();
            for (String term : layTerms()) {
                if (term.contains(" ") || !queries.looksMisspelled(searcher.getIndexReader(), term)) {
                    terms.add(term);
                }
            }
            return java.util.Set.copyOf(terms);
        });
    }

    /**
     * Reads the synonym list again from the content folder and puts the editors' synonyms and
     * compound splits on top; the next search uses them, no reindexing.
     */
    public void useVocabulary(org.springframework.core.io.ResourceLoader resources, String contentLocation,
            Map<String, List<String>> addedSynonyms, Map<String, List<String>> compounds) {
        Map<String, List<String>> synonyms = new java.util.HashMap<>(
                SearchVocabulary.load(resources, contentLocation).synonyms());
        addedSynonyms.forEach((term, expansions) -> synonyms.merge(term, expansions, (listed, added) ->
                List.copyOf(new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(listed.stream(),
                        added.stream()).toList()))));
        queries.useExpansions(synonyms, compounds);
    }

    /** Replaces the lay-language synonyms; takes effect for the next search, no reindexing. */
    public void useSynonyms(Map<String, List<String>> synonyms) {
        queries.useSynonyms(synonyms);
    }

    public SearchResponse search(SearchRequest request, ZonedDateTime now) {
        return index.withSearcher(searcher -> {
            SearchResponse exact = run(searcher, request, now, false);
            if (request.hasText() && exact.totalServices() < FEW_HITS) {
                SearchResponse tolerant = run(searcher, request, now, true);
                if (tolerant.totalServices() > exact.totalServices()) {
                    return tolerant;
                }
            }
            return exact;
        });
    }

    /** Services at a physical location, one hit per location, nearest or most relevant first. */
    public SearchResponse searchLocations(SearchRequest request, ZonedDateTime now) {
        return index.withSearcher(searcher -> {
            TextQueries.Built built = request.hasText() ? queries.textQuery(request.text(), false, searcher) : null;
            BooleanQuery.Builder located = new BooleanQuery.Builder()
                    .add(RequestQueries.main(request, built == null ? null : built.matching()), Occur.MUST)
                    .add(new FieldExistsQuery(LOCATION), Occur.FILTER);
            RequestQueries.selections(request).values().forEach(selection -> located.add(selection, Occur.FILTER));
            Query query = searcher.rewrite(located.build());
            long total;
            List<ServicePass.Top> page;
            if (built != null || request.near() != null) {
                // Which locations match, from the cheap unscored query; then only those are ranked,
                // a pass that may skip what cannot make the page.
                MatchingDocs.Found found = searcher.search(query, new MatchingDocs());
                total = found.count();
                page = total == 0 ? List.of() : searcher.search(scoredAmong(built, found.blocks()),
                        new TopServices(request.offset(), request.limit(), closeness(request, built != null), false,
                                found.bySegment())).top();
            } else {
                TopDocs top = searcher.search(query, new TopFieldCollectorManager(
                        new Sort(new SortField(SORT_NAME, SortField.Type.STRING)),
                        Math.max(1, request.offset() + request.limit()), null, Integer.MAX_VALUE));
                total = top.totalHits.value();
                page = java.util.Arrays.stream(top.scoreDocs).skip(request.offset())
                        .map(hit -> new ServicePass.Top(hit.doc, 0f)).toList();
            }
            List<SearchResponse.Hit> hits = new ArrayList<>();
            for (ServicePass.Top top : page) {
                hits.add(hit(searcher, top.doc(), top.score(), request.near(), null));
            }
            return new SearchResponse(total, hits, Map.of(), null, false);
        });
    }

    private SearchResponse run(IndexSearcher searcher, SearchRequest request, ZonedDateTime now, boolean fuzzy)
            throws IOException {
        TextQueries.Built built = request.hasText()
                ? queries.textQuery(request.text(), fuzzy, searcher) : null;
        boolean byRelevance = built != null || request.near() != null;

        Map<String, java.util.Set<String>> chosen = RequestQueries.choices(request);
        // Counting needs only which services match: their first documents, from one field,
        // unscored; the pass checks the distance and per-location choices at their locations.
        Query matching = searcher.rewrite(RequestQueries.services(request, built == null ? null : built.matching()));
        ServicePass.Result result = searcher.search(matching, new ServicePass(chosen, RequestQueries.circle(request),
                WeeklyHours.minuteOfWeek(now), request.offset(), request.limit(), !byRelevance));
        List<ServicePass.Top> page = result.page();
        if (byRelevance && result.services() > 0) {
            // Ranks only what the counting pass found (text, filters and every choice). TopServices
            // adds closeness.
            page = searcher.search(scoredAmong(built, result.blocks()), new TopServices(request.offset(),
                    request.limit(), closeness(request, built != null), true, result.matches())).top();
        }

        int[] docs = page.stream().mapToInt(ServicePass.Top::doc).toArray();
        String[] marked = built == null || docs.length == 0 ? new String[docs.length]
                : snippets.of(searcher, built.scores(), docs);
        List<SearchResponse.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            hits.add(hit(searcher, docs[i], page.get(i).score(), request.near(), marked[i]));
        }
        Map<String, List<SearchResponse.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            facets.put(dimension, sorted(result.counts().getOrDefault(dimension, Map.of())));
        }
        facets.put(OPEN_NOW, result.openNow() > 0
                ? List.of(new SearchResponse.FacetCount(YES, result.openNow())) : List.of());
        String suggestion = built != null && !fuzzy ? built.corrected() : null;
        return new SearchResponse(result.services(), hits, facets, suggestion, fuzzy);
    }

    /**
     * The text's scores (or none) for the services an earlier pass found, read from its bit sets
     * of their blocks' first documents: the text is scored, not matched again.
     */
    private static Query scoredAmong(TextQueries.Built built, Map<Integer, FixedBitSet> found) {
        return new BooleanQuery.Builder()
                .add(built == null ? new MatchAllDocsQuery() : built.scores(), Occur.MUST)
                .add(new DocSetQuery(found), Occur.FILTER)
                .build();
    }

    private static TopServices.Closeness closeness(SearchRequest request, boolean hasText) {
        return request.near() == null ? null : new TopServices.Closeness(request.near().latitude(),
                request.near().longitude(), hasText ? 2f : 1f, CLOSENESS_PIVOT_METERS);
    }


    private static List<SearchResponse.FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new SearchResponse.FacetCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * A hit from doc values and the in-memory columns: loading stored fields would decompress a
     * block of documents per hit.
     */
    private static SearchResponse.Hit hit(IndexSearcher searcher, int doc, float score, Postcodes.Point near,
            String snippet) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        SegmentColumns columns = SegmentColumns.of(leaf.reader());
        Double distance = near == null || Double.isNaN(columns.latitude[local]) ? null
                : SloppyMath.haversinMeters(near.latitude(), near.longitude(), columns.latitude[local],
                        columns.longitude[local]);
        return new SearchResponse.Hit(columns.ids.serviceId(leaf.reader(), columns.service[local]).utf8ToString(),
                columns.ids.locationId(leaf.reader(), local), score, distance, snippet);
    }
}
