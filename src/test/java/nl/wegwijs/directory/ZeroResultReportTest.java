package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Searches without results are counted per day, and editors see those of the last 30 days. */
@PostgresTest
@WithMockUser(roles = "EDITOR")
class ZeroResultReportTest {

    @Autowired
    Directory directory;

    @Autowired
    ZeroResults zeroResults;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsAQueryWithoutResultsPerDayAndShowsItInTheReport() {
        directory.search(SearchRequest.text("Qwzx Blokfluitpinguin"));
        directory.search(SearchRequest.text("qwzx blokfluitpinguïn"));
        directory.search(new SearchRequest("qwzx blokfluitpinguin", Map.of(), null, null, null, null, null, null, true,
                10, 10)); // a next page is not a new search

        assertThat(jdbc.queryForList("select searched_on, searches from directory_zero_result_day"
                + " where query = 'qwzx blokfluitpinguin'")).singleElement().satisfies(row -> {
                    assertThat(row.get("searches")).isEqualTo(2L);
                    assertThat(row.get("searched_on").toString()).isEqualTo(today().toString());
                });
        assertThat(report()).filteredOn(r -> r.query().equals("qwzx blokfluitpinguin")).singleElement()
                .satisfies(r -> {
                    assertThat(r.searches()).isEqualTo(2);
                    assertThat(r.lastSeen()).isEqualTo(today());
                });
    }

    @Test
    void leavesOutDaysOlderThanThirtyDays() {
        day("qwzx verleden jaar", 40, 50);
        day("qwzx deze maand", 29, 3);
        day("qwzx deze maand", 45, 70);

        List<ZeroResults.ZeroResult> report = report();
        assertThat(report).extracting(ZeroResults.ZeroResult::query).doesNotContain("qwzx verleden jaar");
        assertThat(report).filteredOn(r -> r.query().equals("qwzx deze maand")).singleElement().satisfies(r -> {
            assertThat(r.searches()).as("only the days in the window").isEqualTo(3);
            assertThat(r.firstSeen()).isEqualTo(today().minusDays(29));
        });
    }

    @Test
    void putsTheMostSearchedFirst() {
        day("qwzx vaak", 2, 40);
        day("qwzx vaak", 3, 40);
        day("qwzx soms", 1, 39);

        List<String> queries = report().stream().map(ZeroResults.ZeroResult::query)
                .filter(q -> q.startsWith("qwzx ")).toList();
        assertThat(queries.indexOf("qwzx vaak")).isLessThan(queries.indexOf("qwzx soms"));
    }

    @Test
    void theEditorsCheckOfAQueryIsNotCountedAsAResidentsSearch() {
        assertThat(zeroResults.servicesFoundNow("qwzx nergensvoorwoord")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from directory_zero_result_day"
                + " where query = 'qwzx nergensvoorwoord'", Long.class)).isZero();
        assertThat(zeroResults.servicesFoundNow("voedselbank")).isPositive();
    }

    private List<ZeroResults.ZeroResult> report() {
        return zeroResults.mostSearched(1000);
    }

    private void day(String query, int daysAgo, long searches) {
        jdbc.update("insert into directory_zero_result_day (query, searched_on, searches) values (?, ?, ?)",
                query, today().minusDays(daysAgo), searches);
    }

    private static LocalDate today() {
        return LocalDate.now(Directory.ZONE);
    }
}
