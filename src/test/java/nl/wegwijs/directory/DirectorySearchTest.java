package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** What a resident's search does on the sample sociale kaart, end to end on PostgreSQL and Lucene. */
@PostgresTest
class DirectorySearchTest {

    @Autowired
    Directory directory;

    @Autowired
    DirectorySearcher searcher;

    @Autowired
    DirectoryImport importer;

    @Autowired
    Postcodes postcodes;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreSample() {
        importer.run(SampleData.all().getBytes(StandardCharsets.UTF_8), ImportMode.REPLACE);
    }

    @Test
    void countsFacetsPerServiceAndKeepsOtherChoicesVisibleWhenOneIsChosen() {
        SearchResponse all = directory.search(request(null, Map.of()));
        assertThat(all.totalServices()).isEqualTo(168);
        long geld = count(all, "category", "geld");
        assertThat(geld).isEqualTo(jdbc.queryForObject("select count(distinct a.service_id) from directory_attribute a"
                + " join directory_service s on s.id = a.service_id where s.status = 'active'"
                + " and a.taxonomy_term_id = 'wegwijs-categorie:geld'", Long.class));

        SearchResponse chosen = directory.search(request(null, Map.of("category", Set.of("geld"))));
        assertThat(chosen.totalServices()).isEqualTo(geld);
        assertThat(count(chosen, "category", "geld")).isEqualTo(geld);
        assertThat(count(chosen, "category", "ontmoeting")).as("other categories still counted")
                .isEqualTo(count(all, "category", "ontmoeting"));
        assertThat(chosen.facets().get("group").stream().mapToLong(SearchResponse.FacetCount::count).max().orElse(0))
                .as("other dimensions narrowed to the chosen category").isLessThanOrEqualTo(geld);

        SearchResponse two = directory.search(request(null, Map.of("category", Set.of("geld", "voedselbank"))));
        assertThat(two.totalServices()).isGreaterThan(geld);
    }

    @Test
    void withChoicesInTwoDimensionsEachIsCountedAsIfOnlyTheOtherWereChosen() {
        SearchResponse both = directory.search(request(null,
                Map.of("category", Set.of("ontmoeting"), "wheelchair", Set.of("ja"))));
        SearchResponse onlyWheelchair = directory.search(request(null, Map.of("wheelchair", Set.of("ja"))));
        SearchResponse onlyCategory = directory.search(request(null, Map.of("category", Set.of("ontmoeting"))));
        assertThat(both.totalServices()).isPositive().isLessThan(onlyCategory.totalServices());
        assertThat(both.facets().get("category")).isEqualTo(onlyWheelchair.facets().get("category"));
        assertThat(both.facets().get("wheelchair")).isEqualTo(onlyCategory.facets().get("wheelchair"));
        assertThat(count(both, "wheelchair", "ja")).isEqualTo(both.totalServices());
    }

    @Test
    void pagesFollowOnWithoutRepeatsInRelevanceAndInNameOrder() {
        for (String text : new String[] {"hulp", null}) {
            SearchResponse first = directory.search(new SearchRequest(text, Map.of(), null, null, null, null, null, null,
                    true, 0, 10));
            SearchResponse second = directory.search(new SearchRequest(text, Map.of(), null, null, null, null, null,
                    null, true, 10, 10));
            SearchResponse twenty = directory.search(new SearchRequest(text, Map.of(), null, null, null, null, null,
                    null, true, 0, 20));
            List<String> pages = new java.util.ArrayList<>(ids(first));
            pages.addAll(ids(second));
            assertThat(pages).as(String.valueOf(text)).hasSize(20).doesNotHaveDuplicates().isEqualTo(ids(twenty));
        }
    }

    @Test
    void openNowFindsOnlyServicesOpenAtThatMoment() {
        ZonedDateTime sundayNight = ZonedDateTime.of(2026, 11, 22, 3, 0, 0, 0, Directory.ZONE);
        SearchResponse night = searcher.search(new SearchRequest(null, Map.of(), null, null, sundayNight, null, null,
                null, true, 0, 50), sundayNight);
        assertThat(night.totalServices()).isBetween(1L, 20L);
        List<String> names = directory.load(night.hits().stream().map(SearchResponse.Hit::serviceId).toList())
                .stream().map(Hsds.Service::name).toList();
        assertThat(String.join(" | ", names)).containsAnyOf("113", "Luisterlijn", "Veilig Thuis");
        assertThat(night.facets().get("open_now")).singleElement()
                .satisfies(open -> assertThat(open.count()).isEqualTo(night.totalServices()));
        // Without the filter, the count next to "Nu open" (from the opening hours in memory) is
        // the number the filter (a search of the indexed hours) finds.
        SearchResponse everything = searcher.search(new SearchRequest(null, Map.of(), null, null, null, null, null,
                null, true, 0, 10), sundayNight);
        assertThat(everything.totalServices()).isGreaterThan(night.totalServices());
        assertThat(everything.facets().get("open_now")).singleElement()
                .satisfies(open -> assertThat(open.count()).isEqualTo(night.totalServices()));
    }

    @Test
    void closenessRaisesNearbyServicesAndNeverDropsNationalOnes() {
        Postcodes.Point nijeveen = postcodes.locate("7948").orElseThrow();
        SearchResponse near = directory.search(new SearchRequest("koffie", Map.of(), nijeveen, null, null, null, null,
                null, true, 0, 5));
        assertThat(near.hits().getFirst().distanceMeters()).isLessThan(1500.0);

        SearchResponse within = directory.search(new SearchRequest("praten", Map.of(), nijeveen, 500, null, null, null,
                null, true, 0, 50));
        List<String> names = directory.load(within.hits().stream().map(SearchResponse.Hit::serviceId).toList())
                .stream().map(Hsds.Service::name).toList();
        assertThat(String.join(" | ", names)).contains("Luisterlijn");
        within.hits().stream().filter(hit -> hit.distanceMeters() != null)
                .forEach(hit -> assertThat(hit.distanceMeters()).isLessThanOrEqualTo(520.0));
    }

    @Test
    void correctsMisspellingsAndSuggestsTheRightWord() {
        SearchResponse typo = directory.search(request("mantelzrog", Map.of()));
        assertThat(typo.totalServices()).isPositive();
        assertThat(typo.suggestion()).isEqualTo("mantelzorg");
        List<String> names = directory.load(typo.hits().stream().limit(3).map(SearchResponse.Hit::serviceId).toList())
                .stream().map(Hsds.Service::name).toList();
        assertThat(names).anySatisfy(name -> assertThat(name.toLowerCase()).contains("mantelzorg"));
    }

    @Test
    void wordsOfALayPhraseAreNotTakenForMisspellings() {
        // "meals" and "wheels" are not in the directory, but "meals on wheels" is in the synonym list.
        SearchResponse meals = directory.search(request("meals on wheels", Map.of()));
        assertThat(meals.suggestion()).as("no 'Bedoelde u ...?' for an English lay phrase").isNull();
        assertThat(meals.typoTolerant()).isFalse();
        assertThat(directory.load(meals.hits().stream().limit(3).map(SearchResponse.Hit::serviceId).toList()))
                .extracting(Hsds.Service::name)
                .anySatisfy(name -> assertThat(name.toLowerCase()).contains("maaltijd"));
    }

    @Test
    void marksTheMatchingWordsInASnippet() {
        SearchResponse response = directory.search(request("voedselbank", Map.of()));
        assertThat(response.hits().getFirst().snippet()).containsIgnoringCase("<mark>voedselbank</mark>");
    }

    @Test
    void completesWhatAVisitorStartsTyping() {
        directory.refreshAutocomplete();
        assertThat(directory.suggest("mantel", 8)).extracting(s -> s.text().toLowerCase())
                .anySatisfy(text -> assertThat(text).startsWith("mantelzorg"));
        assertThat(directory.suggest("luisterl", 8)).extracting(s -> s.text())
                .anySatisfy(text -> assertThat(text).contains("Luisterlijn"));
        assertThat(directory.suggest("x", 8)).isEmpty();
        assertThat(directory.suggest("mantelzo", 20)).extracting(s -> s.text())
                .as("misspellings in the synonym list are not offered").doesNotContain("mantelzoger");
    }

    @Test
    void anEditIsSearchableTheMomentTheImportReturns() {
        Hsds.Service original = directory.publicService(firstServiceId()).orElseThrow();
        Hsds.Service edited = new Hsds.Service(original.id(), original.organizationId(), original.name(),
                original.alternateName(), original.description() + " Ook voor zebravinkliefhebbers.", original.url(),
                original.email(), original.status(), original.applicationProcess(), original.eligibilityDescription(),
                original.feesDescription(), original.minimumAge(), original.maximumAge(), original.assuredDate(),
                original.assurerEmail(), original.lastModified(), original.organization(), original.serviceAtLocations(),
                original.phones(), original.schedules(), original.costOptions(), original.languages(),
                original.serviceAreas(), original.attributes());
        importer.run(HsdsJson.mapper().writeValueAsBytes(List.of(edited)), ImportMode.MERGE);
        // No waiting, no retry: the import returns only once the index shows the edit.
        SearchResponse found = directory.search(request("zebravinkliefhebbers", Map.of()));
        assertThat(found.hits()).extracting(SearchResponse.Hit::serviceId).containsExactly(original.id());
    }

    @Test
    void logsSearchesWithoutResultsWithoutPersonalData() {
        directory.search(request("qwzxv jan@voorbeeld.nl 0612345678", Map.of()));
        assertThat(jdbc.queryForList("select query from directory_zero_result_day", String.class))
                .contains("qwzxv [e-mail] ###")
                .noneSatisfy(query -> assertThat(query).contains("0612345678"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void newSynonymsWorkWithoutReindexingAndReloadFromTheContentFolder() {
        assertThat(directory.search(request("pindakaasmoment", Map.of())).totalServices()).isZero();
        Map<String, List<String>> synonyms = new java.util.HashMap<>();
        searcher.layTerms().forEach(term -> synonyms.put(term, List.of()));
        synonyms.put("pindakaasmoment", List.of("voedselbank"));
        searcher.useSynonyms(synonyms);
        assertThat(directory.search(request("pindakaasmoment", Map.of())).totalServices()).isPositive();

        assertThat(directory.reloadSynonyms()).isGreaterThan(100);
        assertThat(directory.search(request("pindakaasmoment", Map.of())).totalServices()).isZero();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rebuildingTheIndexLiveGivesTheSameResults() {
        List<String> before = ids(directory.search(request("schulden", Map.of())));
        directory.rebuildIndex();
        assertThat(ids(directory.search(request("schulden", Map.of())))).isEqualTo(before);
    }

    private String firstServiceId() {
        return directory.search(request("voedselbank", Map.of())).hits().getFirst().serviceId();
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::serviceId).toList();
    }

    private static long count(SearchResponse response, String dimension, String value) {
        return response.facets().get(dimension).stream().filter(f -> f.value().equals(value))
                .mapToLong(SearchResponse.FacetCount::count).findFirst().orElse(0);
    }

    private static SearchRequest request(String text, Map<String, Set<String>> selections) {
        return new SearchRequest(text, selections, null, null, null, null, null, null, true, 0, 10);
    }
}
