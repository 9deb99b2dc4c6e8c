package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search quality harness: a judged set of resident queries over the sample sociale kaart
 * (src/test/resources/search/judged-queries.tsv, grades 0–3). Computes nDCG@10, recall@10 and
 * the zero-result rate for Wegwijs and for PostgreSQL full-text search ({@code to_tsvector('dutch')})
 * on the same data, prints both, and fails when Wegwijs falls more than 0.02 below the recorded
 * baseline (baseline.properties) or no longer beats PostgreSQL.
 */
@PostgresTest
class SearchQualityTest {

    private static final int K = 10;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    record Metrics(double ndcg, double recall, double zeroResultRate) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "nDCG@10 %.3f, recall@10 %.3f, zero results %.1f%%",
                    ndcg, recall, zeroResultRate * 100);
        }
    }

    @Test
    void wegwijsSearchKeepsItsQualityAndBeatsPostgresqlFullTextSearch() throws IOException {
        Map<String, Map<String, Integer>> judged = judgments();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(60);

        Map<String, List<String>> wegwijsRuns = new LinkedHashMap<>();
        Metrics wegwijs = evaluate(judged, query -> {
            SearchResponse response = directory.search(new SearchRequest(query, Map.of(), null, null, null, null, null,
                    null, true, 0, K));
            List<String> ids = response.hits().stream().map(SearchResponse.Hit::serviceId).toList();
            wegwijsRuns.put(query, ids);
            return ids;
        });
        Metrics postgres = evaluate(judged, this::postgresFullText);
        double baseline = baseline();

        System.out.println("Search quality over " + judged.size() + " judged queries");
        System.out.println("  Wegwijs (Lucene):              " + wegwijs);
        System.out.println("  PostgreSQL to_tsvector(dutch): " + postgres);
        System.out.println("  recorded baseline nDCG@10:     " + baseline);
        judged.forEach((query, grades) -> {
            double score = ndcg(wegwijsRuns.get(query), grades);
            if (score < 0.5) {
                List<String> top = directory.load(wegwijsRuns.get(query).stream().limit(3).toList()).stream()
                        .map(service -> service.name() + " (" + grades.getOrDefault(service.id(), 0) + ")").toList();
                System.out.printf(Locale.ROOT, "  weak: %-30s nDCG@10 %.2f, top: %s%n", query, score, top);
            }
        });

        assertThat(wegwijs.ndcg()).as("nDCG@10 against the recorded baseline").isGreaterThanOrEqualTo(baseline - 0.02);
        assertThat(wegwijs.ndcg()).as("better than PostgreSQL full-text search").isGreaterThan(postgres.ndcg());
        assertThat(wegwijs.zeroResultRate()).isLessThanOrEqualTo(postgres.zeroResultRate());
    }

    private List<String> postgresFullText(String query) {
        return jdbc.queryForList("""
                SELECT s.id FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id,
                       plainto_tsquery('dutch', ?) q
                WHERE s.status = 'active'
                  AND to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name) @@ q
                ORDER BY ts_rank(to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name), q)
                         DESC, s.name
                LIMIT ?""", String.class, query, K);
    }

    private static Metrics evaluate(Map<String, Map<String, Integer>> judged, Function<String, List<String>> search) {
        double ndcg = 0;
        double recall = 0;
        int zero = 0;
        for (var entry : judged.entrySet()) {
            List<String> results = search.apply(entry.getKey());
            ndcg += ndcg(results, entry.getValue());
            long found = results.stream().limit(K).filter(entry.getValue()::containsKey).count();
            recall += (double) found / entry.getValue().size();
            if (results.isEmpty()) {
                zero++;
            }
        }
        int n = judged.size();
        return new Metrics(ndcg / n, recall / n, (double) zero / n);
    }

    static double ndcg(List<String> results, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, results.size()); i++) {
            dcg += gain(grades.getOrDefault(results.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static Map<String, Map<String, Integer>> judgments() throws IOException {
        Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/search/judged-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                judged.computeIfAbsent(columns[0], k -> new LinkedHashMap<>()).put(columns[1], Integer.parseInt(columns[2]));
            }
        }
        return judged;
    }

    private static double baseline() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/search/baseline.properties")) {
            properties.load(in);
        }
        return Double.parseDouble(properties.getProperty("ndcg10"));
    }
}
