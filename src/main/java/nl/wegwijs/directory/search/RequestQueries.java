package nl.wegwijs.directory.search;

import static nl.wegwijs.directory.search.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** A search request's filters and facet choices as Lucene queries. */
final class RequestQueries {

    private RequestQueries() {
    }

    /**
     * The text (or everything) and the filters, matching every location of the services found;
     * facet choices and closeness are not part of it.
     */
    static Query main(SearchRequest request, Query textQuery) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // The texts are on a service's first document; its other documents match with it.
        main.add(textQuery != null ? new ServiceBlockQuery(textQuery) : new MatchAllDocsQuery(), Occur.MUST);
        filters(request, true).forEach(filter -> main.add(filter, Occur.FILTER));
        return main.build();
    }

    /**
     * The text (or everything) and the filters set per service, matching only the first document
     * of each service found; a pass over them checks the distance ({@link #circle}) per location.
     */
    static Query services(SearchRequest request, Query textQuery) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // The texts are on a service's first document only.
        main.add(textQuery != null ? textQuery : DocSetQuery.serviceFirsts(), Occur.MUST);
        filters(request, false).forEach(filter -> main.add(filter, Occur.FILTER));
        return main.build();
    }

    /** The request's distance filter as a check per location, or null when it has none. */
    static WithinDistanceQuery.Circle circle(SearchRequest request) {
        WithinDistanceQuery distance = distance(request);
        return distance == null ? null : distance.circle();
    }

    private static WithinDistanceQuery distance(SearchRequest request) {
        return request.near() == null || request.withinMeters() == null ? null : new WithinDistanceQuery(
                request.near().latitude(), request.near().longitude(), request.withinMeters(), true);
    }

    private static List<Query> filters(SearchRequest request, boolean withDistance) {
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
        WithinDistanceQuery distance = withDistance ? distance(request) : null;
        if (distance != null) {
            filters.add(distance);
        }
        return filters;
    }

    /** Per facet dimension with choices, the documents that have one of the chosen values. */
    static Map<String, Query> selections(SearchRequest request) {
        Map<String, Query> selections = new TreeMap<>();
        choices(request).forEach((dimension, values) -> selections.put(dimension,
                new TermInSetQuery(facet(dimension), values.stream().map(BytesRef::new).toList())));
        return selections;
    }

    /** Per facet dimension with choices (known dimensions only), the chosen values. */
    static Map<String, Set<String>> choices(SearchRequest request) {
        Map<String, Set<String>> choices = new TreeMap<>();
        request.selections().forEach((dimension, values) -> {
            if (DirectorySearcher.DIMENSIONS.contains(dimension) && values != null && !values.isEmpty()) {
                choices.put(dimension, Set.copyOf(values));
            }
        });
        return choices;
    }
}
