package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/** Runs directory searches on the index: relevance, collapsing per service, facets, typo tolerance. */
public final class DirectorySearcher {

    /** The facet dimensions, in the order they are shown. */
    public static final List<String> DIMENSIONS = List.of(CATEGORY, GROUP, AREA, FREE, NO_REFERRAL, LANGUAGE, WHEELCHAIR);

    private static final Map<String, Float> FIELD_WEIGHTS = new LinkedHashMap<>();
    private static final int FEW_HITS = 3;
    private static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_QUERY_TERMS = 16;
    private static final float SYNONYM_WEIGHT = 0.4f;
    private static final double CLOSENESS_PIVOT_METERS = 3000;

    static {
        FIELD_WEIGHTS.put(NAME, 4f);
        FIELD_WEIGHTS.put(CATEGORIES, 2.5f);
        FIELD_WEIGHTS.put(ORGANIZATION, 2f);
        FIELD_WEIGHTS.put(PLACE, 1.5f);
        FIELD_WEIGHTS.put(DESCRIPTION, 1f);
    }

    private final DirectoryIndex index;
    private final Analyzer text;
    private final Analyzer plain = DutchAnalysis.plain();
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private volatile Map<String, List<String>> synonyms;

    DirectorySearcher(DirectoryIndex index, SearchVocabulary vocabulary) {
        this.index = index;
        this.text = DutchAnalysis.text(vocabulary);
        this.synonyms = vocabulary.synonyms();
        spelling.setMinQueryLength(4);
    }

    /** A query the way the engine compares it: lower case, no accents, single spaces. */
    public static String normalizeQuery(String query) {
        return query == null ? "" : SearchVocabulary.normalize(query);
    }

    /** The lay terms of the synonym list (for autocomplete). */
    public java.util.Set<String> layTerms() {
        return synonyms.keySet();
    }

    /**
     * The lay terms worth offering as completions: the synonym list also holds common
     * misspellings (so they find something), which should not be suggested to anyone.
     */
    public java.util.Set<String> layTermsToComplete() {
        return index.withSearcher(searcher -> {
            java.util.Set<String> terms = new java.util.TreeSet<>();
            for (String term : synonyms.keySet()) {
                if (term.contains(" ") || !looksMisspelled(searcher.getIndexReader(), term)) {
                    terms.add(term);
                }
            }
            return java.util.Set.copyOf(terms);
        });
    }

    private boolean looksMisspelled(IndexReader reader, String word) throws IOException {
        if (reader.docFreq(new Term(PLAIN, word)) > 0) {
            return false;
        }
        for (String other : synonyms.keySet()) {
            if (!other.equals(word) && other.indexOf(' ') < 0 && Math.abs(other.length() - word.length()) <= 1
                    && EditDistance.between(word, other, 1) == 1 && reader.docFreq(new Term(PLAIN, other)) > 0) {
                return true;
            }
        }
        SuggestWord[] similar = spelling.suggestSimilar(new Term(PLAIN, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return similar.length > 0 && EditDistance.between(word, similar[0].string, 1) == 1;
    }

    /** Reads the synonym list again from the content folder; the next search uses it. */
    public void reloadSynonyms(org.springframework.core.io.ResourceLoader resources, String contentLocation) {
        useSynonyms(SearchVocabulary.load(resources, contentLocation).synonyms());
    }

    /** Replaces the lay-language synonyms; takes effect for the next search, no reindexing. */
    public void useSynonyms(Map<String, List<String>> synonyms) {
        this.synonyms = Map.copyOf(synonyms);
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
            Query textQuery = request.hasText() ? textQuery(request.text(), false, searcher.getIndexReader()) : null;
            Query query = new BooleanQuery.Builder()
                    .add(mainQuery(request, textQuery), Occur.MUST)
                    .add(new FieldExistsQuery(LOCATION), Occur.FILTER)
                    .build();
            boolean byRelevance = textQuery != null || request.near() != null;
            Sort sort = byRelevance
                    ? new Sort(SortField.FIELD_SCORE, new SortField(SORT_NAME, SortField.Type.STRING))
                    : new Sort(new SortField(SORT_NAME, SortField.Type.STRING));
            int total = searcher.count(query);
            TopDocs top = searcher.search(query, Math.max(1, request.offset() + request.limit()), sort, true);
            List<SearchResponse.Hit> hits = new ArrayList<>();
            for (int i = request.offset(); i < top.scoreDocs.length && hits.size() < request.limit(); i++) {
                Document document = searcher.storedFields().document(top.scoreDocs[i].doc);
                hits.add(new SearchResponse.Hit(document.get(SERVICE_ID), document.get(SAL_ID),
                        top.scoreDocs[i].score, distance(document, request.near()), null));
            }
            return new SearchResponse(total, hits, Map.of(), null, false);
        });
    }

    /** The best passage of each description with the query's words marked. */
    private String[] snippets(IndexSearcher searcher, Query textQuery, int[] docs) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(5_000)
                .build();
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {DESCRIPTION}, textQuery, docs,
                new int[] {1});
        return byField.get(DESCRIPTION);
    }

    private Query mainQuery(SearchRequest request, Query textQuery) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        main.add(textQuery != null ? textQuery : new MatchAllDocsQuery(), Occur.MUST);
        if (request.near() != null) {
            main.add(LatLonPoint.newDistanceFeatureQuery(LOCATION, textQuery != null ? 2f : 1f,
                    request.near().latitude(), request.near().longitude(), CLOSENESS_PIVOT_METERS), Occur.SHOULD);
        }
        filters(request).forEach(filter -> main.add(filter, Occur.FILTER));
        selections(request).values().forEach(selection -> main.add(selection, Occur.FILTER));
        return main.build();
    }

    private SearchResponse run(IndexSearcher searcher, SearchRequest request, ZonedDateTime now, boolean fuzzy)
            throws IOException {
        Query textQuery = request.hasText() ? textQuery(request.text(), fuzzy, searcher.getIndexReader()) : null;
        List<Query> filters = filters(request);
        Map<String, Query> selections = selections(request);
        Query query = mainQuery(request, textQuery);

        boolean byRelevance = textQuery != null || request.near() != null;
        Sort sort = byRelevance
                ? new Sort(SortField.FIELD_SCORE, new SortField(SORT_NAME, SortField.Type.STRING))
                : new Sort(new SortField(SORT_NAME, SortField.Type.STRING), new SortField(SERVICE_ID, SortField.Type.STRING));
        GroupingSearch grouping = new GroupingSearch(SERVICE_ID);
        grouping.setGroupDocsLimit(1);
        grouping.setAllGroups(true);
        grouping.setGroupSort(sort);
        grouping.setSortWithinGroup(byRelevance ? Sort.RELEVANCE : Sort.INDEXORDER);
        TopGroups<BytesRef> groups = grouping.search(searcher, query, request.offset(), Math.max(1, request.limit()));

        List<GroupDocs<BytesRef>> shown = new ArrayList<>();
        for (GroupDocs<BytesRef> group : groups.groups) {
            if (shown.size() < request.limit() && group.scoreDocs().length > 0) {
                shown.add(group);
            }
        }
        String[] snippets = textQuery == null || shown.isEmpty() ? new String[shown.size()]
                : snippets(searcher, textQuery, shown.stream().mapToInt(g -> g.scoreDocs()[0].doc).toArray());
        List<SearchResponse.Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            GroupDocs<BytesRef> group = shown.get(i);
            Document document = searcher.storedFields().document(group.scoreDocs()[0].doc);
            hits.add(new SearchResponse.Hit(document.get(SERVICE_ID), document.get(SAL_ID),
                    Float.isNaN(group.maxScore()) ? 0f : group.maxScore(), distance(document, request.near()),
                    snippets[i]));
        }
        long total = groups.totalGroupCount == null ? groups.totalGroupedHitCount : groups.totalGroupCount;

        Map<String, List<SearchResponse.FacetCount>> facets = facets(searcher, textQuery, filters, selections, now);
        String suggestion = request.hasText() && !fuzzy ? suggestion(searcher, request.text()) : null;
        return new SearchResponse(total, hits, facets, suggestion, fuzzy);
    }

    private Map<String, List<SearchResponse.FacetCount>> facets(IndexSearcher searcher, Query textQuery,
            List<Query> filters, Map<String, Query> selections, ZonedDateTime now) throws IOException {
        Map<String, List<SearchResponse.FacetCount>> facets = new LinkedHashMap<>();
        List<String> unselected = DIMENSIONS.stream().filter(d -> !selections.containsKey(d)).toList();
        Map<String, Map<String, Long>> shared = searcher.search(
                counting(textQuery, filters, selections, null, null), new FacetCounter(unselected));
        for (String dimension : DIMENSIONS) {
            Map<String, Long> counts = selections.containsKey(dimension)
                    ? searcher.search(counting(textQuery, filters, selections, dimension, null),
                            new FacetCounter(List.of(dimension))).getOrDefault(dimension, Map.of())
                    : shared.getOrDefault(dimension, Map.of());
            facets.put(dimension, sorted(counts));
        }
        Query openNow = IntRange.newIntersectsQuery(OPEN, new int[] {WeeklyHours.minuteOfWeek(now)},
                new int[] {WeeklyHours.minuteOfWeek(now)});
        long open = searcher.search(counting(textQuery, filters, selections, null, openNow), new FacetCounter(List.of()))
                .getOrDefault("", Map.of()).getOrDefault("", 0L);
        facets.put(OPEN_NOW, open > 0 ? List.of(new SearchResponse.FacetCount(YES, open)) : List.of());
        return facets;
    }

    private static Query counting(Query textQuery, List<Query> filters, Map<String, Query> selections,
            String without, Query extra) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(textQuery != null ? textQuery : new MatchAllDocsQuery(), Occur.FILTER);
        filters.forEach(filter -> builder.add(filter, Occur.FILTER));
        selections.forEach((dimension, selection) -> {
            if (!dimension.equals(without)) {
                builder.add(selection, Occur.FILTER);
            }
        });
        if (extra != null) {
            builder.add(extra, Occur.FILTER);
        }
        return builder.build();
    }

    private static List<SearchResponse.FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new SearchResponse.FacetCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static List<Query> filters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (request.publicOnly()) {
            filters.add(new TermQuery(new Term(STATUS, "active")));
        }
        if (request.organizationId() != null) {
            filters.add(new TermQuery(new Term(ORGANIZATION_ID, request.organizationId())));
        }
        if (request.taxonomyTermId() != null) {
            filters.add(new TermQuery(new Term(TERM_ID, request.taxonomyTermId())));
        }
        if (request.modifiedAfter() != null) {
            filters.add(LongPoint.newRangeQuery(MODIFIED, request.modifiedAfter().toEpochMilli() + 1, Long.MAX_VALUE));
        }
        if (request.openAt() != null) {
            int minute = WeeklyHours.minuteOfWeek(request.openAt());
            filters.add(IntRange.newIntersectsQuery(OPEN, new int[] {minute}, new int[] {minute}));
        }
        if (request.near() != null && request.withinMeters() != null) {
            filters.add(new BooleanQuery.Builder()
                    .add(LatLonPoint.newDistanceQuery(LOCATION, request.near().latitude(), request.near().longitude(),
                            request.withinMeters()), Occur.SHOULD)
                    .add(new TermQuery(new Term(NATIONAL, YES)), Occur.SHOULD)
                    .build());
        }
        return filters;
    }

    private static Map<String, Query> selections(SearchRequest request) {
        Map<String, Query> selections = new TreeMap<>();
        request.selections().forEach((dimension, values) -> {
            if (DIMENSIONS.contains(dimension) && values != null && !values.isEmpty()) {
                selections.put(dimension, new TermInSetQuery(facet(dimension),
                        values.stream().map(BytesRef::new).toList()));
            }
        });
        return selections;
    }

    /**
     * Words as typed (all fields, compounds split, stemmed), the whole as a name, lay synonyms
     * lightly, and near spellings for words the index does not know (or for all words, when
     * {@code fuzzy}).
     */
    Query textQuery(String input, boolean fuzzy, IndexReader reader) throws IOException {
        String normalized = SearchVocabulary.normalize(input.length() > MAX_QUERY_LENGTH
                ? input.substring(0, MAX_QUERY_LENGTH) : input);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Query words = fieldsQuery(normalized);
        if (words != null) {
            builder.add(words, Occur.SHOULD);
        }
        builder.add(new BoostQuery(new TermQuery(new Term(NAME_EXACT, normalized)), 6f), Occur.SHOULD);
        for (String expansion : expansions(normalized)) {
            Query synonym = fieldsQuery(expansion);
            if (synonym != null) {
                builder.add(new BoostQuery(synonym, SYNONYM_WEIGHT), Occur.SHOULD);
            }
        }
        String corrected = corrected(reader, normalized);
        if (corrected != null) {
            Query correction = fieldsQuery(corrected);
            if (correction != null) {
                builder.add(new BoostQuery(correction, 0.9f), Occur.SHOULD);
            }
            for (String expansion : expansions(corrected)) {
                Query synonym = fieldsQuery(expansion);
                if (synonym != null) {
                    builder.add(new BoostQuery(synonym, SYNONYM_WEIGHT * 0.9f), Occur.SHOULD);
                }
            }
        }
        for (String word : plainWords(normalized)) {
            boolean unknown = reader.docFreq(new Term(PLAIN, word)) == 0 && !synonyms.containsKey(word);
            if (word.length() >= 4 && (fuzzy || unknown)) {
                // Like Elasticsearch's AUTO fuzziness: one edit for short words, two from six letters.
                builder.add(new BoostQuery(new FuzzyQuery(new Term(PLAIN, word), word.length() >= 6 ? 2 : 1, 1),
                        unknown ? 1f : 0.5f), Occur.SHOULD);
            }
        }
        builder.setMinimumNumberShouldMatch(1);
        return builder.build();
    }

    private Query fieldsQuery(String phrase) {
        Map<Integer, Set<String>> positions = analyze(phrase);
        if (positions.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        positions.values().stream().limit(MAX_QUERY_TERMS).forEach(terms -> {
            List<Query> perField = new ArrayList<>();
            FIELD_WEIGHTS.forEach((field, weight) -> {
                BooleanQuery.Builder variants = new BooleanQuery.Builder();
                terms.forEach(term -> variants.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
                perField.add(new BoostQuery(variants.build(), weight));
            });
            builder.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
        });
        return builder.build();
    }

    /** The analysed terms per position: the word, its folded and stemmed forms, its compound parts. */
    private Map<Integer, Set<String>> analyze(String phrase) {
        Map<Integer, Set<String>> positions = new TreeMap<>();
        try (TokenStream stream = text.tokenStream(DESCRIPTION, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                positions.computeIfAbsent(position, k -> new LinkedHashSet<>()).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /** Synonym expansions for every phrase of up to five words in the query. */
    Set<String> expansions(String normalized) {
        Map<String, List<String>> current = synonyms;
        List<String> words = List.of(normalized.split("[^\\p{L}\\p{N}]+"));
        Set<String> expansions = new LinkedHashSet<>();
        for (int length = Math.min(5, words.size()); length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                String phrase = String.join(" ", words.subList(start, start + length)).strip();
                List<String> found = current.get(phrase);
                if (found != null) {
                    expansions.addAll(found);
                }
            }
        }
        expansions.remove(normalized);
        return expansions;
    }

    private List<String> plainWords(String phrase) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = plain.tokenStream(PLAIN, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_QUERY_TERMS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** "Bedoelde u ...?": the query with unknown words replaced by the closest known ones. */
    private String suggestion(IndexSearcher searcher, String input) throws IOException {
        return corrected(searcher.getIndexReader(), SearchVocabulary.normalize(input));
    }

    /**
     * The text with each word that is neither in the index nor a known lay term replaced by the
     * nearest lay term (at most two edits) or, failing that, the nearest word in the index; null
     * when nothing needed correcting.
     */
    String corrected(IndexReader reader, String normalized) throws IOException {
        List<String> words = plainWords(normalized);
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            String replacement = word;
            if (word.length() >= 4 && reader.docFreq(new Term(PLAIN, word)) == 0 && !synonyms.containsKey(word)) {
                replacement = nearestLayTerm(reader, word);
                if (replacement == null) {
                    replacement = nearestIndexWord(reader, word);
                }
                changed |= !replacement.equals(word);
            }
            corrected.add(replacement);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /** Of the spell checker's candidates: fewest edits (a swap of two letters is one), then most used. */
    private String nearestIndexWord(IndexReader reader, String word) throws IOException {
        SuggestWord[] similar = spelling.suggestSimilar(new Term(PLAIN, word), 5, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        String best = word;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrequency = -1;
        for (SuggestWord candidate : similar) {
            int distance = EditDistance.between(word, candidate.string, 2);
            if (distance < bestDistance || (distance == bestDistance && candidate.freq > bestFrequency)) {
                best = candidate.string;
                bestDistance = distance;
                bestFrequency = candidate.freq;
            }
        }
        return best;
    }

    /**
     * The lay term closest to {@code word}; on a tie, one that occurs in the directory (a real
     * word) before one that does not (the list also holds known misspellings), then the most used.
     */
    private String nearestLayTerm(IndexReader reader, String word) throws IOException {
        int allowed = word.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        int bestFrequency = -1;
        for (String term : synonyms.keySet()) {
            if (term.indexOf(' ') >= 0 || Math.abs(term.length() - word.length()) > allowed) {
                continue;
            }
            int distance = EditDistance.between(word, term, allowed);
            if (distance > allowed || distance > bestDistance) {
                continue;
            }
            int frequency = reader.docFreq(new Term(PLAIN, term));
            if (distance < bestDistance || frequency > bestFrequency
                    || (frequency == bestFrequency && term.compareTo(best) < 0)) {
                best = term;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    private static Double distance(Document document, Postcodes.Point near) {
        if (near == null || document.getField(LOCATION + "_lat") == null) {
            return null;
        }
        double latitude = document.getField(LOCATION + "_lat").numericValue().doubleValue();
        double longitude = document.getField(LOCATION + "_lon").numericValue().doubleValue();
        return SloppyMath.haversinMeters(near.latitude(), near.longitude(), latitude, longitude);
    }

}
