package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Import and export on PostgreSQL: identity round trip, merge and replace semantics, no partial writes. */
@PostgresTest
class DirectoryRoundTripTest {

    @Autowired
    Directory directory;

    @Autowired
    DirectoryImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreSample() {
        ImportSummary summary = importer.run(SampleData.all().getBytes(StandardCharsets.UTF_8), ImportMode.REPLACE);
        assertThat(summary.rejected()).isEmpty();
    }

    @Test
    void loadsTheWholeSampleOnFirstStart() {
        assertThat(jdbc.queryForObject("select count(*) from directory_service", Integer.class)).isEqualTo(174);
        assertThat(jdbc.queryForObject("select count(*) from directory_organization", Integer.class)).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.queryForObject("select count(distinct t.code) from directory_taxonomy_term t"
                + " where t.taxonomy = 'wegwijs-categorie'", Integer.class)).isEqualTo(17);
    }

    @Test
    void exportOfEveryServiceReimportsToAnIdenticalExport() {
        String first = export();
        ImportSummary summary = importer.run(first.getBytes(StandardCharsets.UTF_8), ImportMode.MERGE);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.updated()).isEqualTo(168);
        assertThat(summary.created()).isZero();
        assertThat(export()).isEqualTo(first);
    }

    @Test
    void replaceWithAnyRejectedRecordChangesNothing() {
        String before = export();
        String dataset = "[" + SampleData.all().substring(1, SampleData.all().length() - 1)
                + ", {\"id\": \"broken\", \"name\": \"Zonder organisatie\", \"status\": \"active\"}]";
        ImportSummary summary = importer.run(dataset.getBytes(StandardCharsets.UTF_8), ImportMode.REPLACE);
        assertThat(summary.applied()).isFalse();
        assertThat(summary.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.id()).isEqualTo("broken");
            assertThat(rejection.reason()).contains("organization is missing");
        });
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void replaceMakesTheDatasetTheWholeDirectoryAndSearchFollowsAtOnce() {
        List<Hsds.Service> all = HsdsJson.mapper().readValue(SampleData.all(),
                HsdsJson.mapper().getTypeFactory().constructCollectionType(List.class, Hsds.Service.class));
        List<Hsds.Service> two = all.stream().filter(s -> "active".equals(s.status())).limit(2).toList();
        ImportSummary summary = importer.run(HsdsJson.mapper().writeValueAsBytes(two), ImportMode.REPLACE);
        assertThat(summary.removed()).isEqualTo(172);
        assertThat(directory.services(SearchRequest.text(null)).totalItems()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from directory_organization", Integer.class)).isLessThanOrEqualTo(2);
    }

    @Test
    void refusesAPhoneIdThatBelongsToAnotherService() {
        List<Hsds.Service> all = HsdsJson.mapper().readValue(SampleData.all(),
                HsdsJson.mapper().getTypeFactory().constructCollectionType(List.class, Hsds.Service.class));
        Hsds.Service owner = all.stream().filter(s -> !s.phones().isEmpty()).findFirst().orElseThrow();
        Hsds.Service other = all.stream().filter(s -> !s.id().equals(owner.id())).findFirst().orElseThrow();
        Hsds.Service thief = new Hsds.Service(other.id(), other.organizationId(), other.name(), other.alternateName(),
                other.description(), other.url(), other.email(), other.status(), other.applicationProcess(),
                other.eligibilityDescription(), other.feesDescription(), other.minimumAge(), other.maximumAge(),
                other.assuredDate(), other.assurerEmail(), other.lastModified(), other.organization(),
                other.serviceAtLocations(), owner.phones(), other.schedules(), other.costOptions(), other.languages(),
                other.serviceAreas(), other.attributes());
        ImportSummary summary = importer.run(HsdsJson.mapper().writeValueAsBytes(List.of(thief)), ImportMode.MERGE);
        assertThat(summary.rejected()).singleElement().satisfies(rejection ->
                assertThat(rejection.reason()).contains("already used by another service"));
    }

    private String export() {
        return HsdsJson.mapper().writeValueAsString(directory.services(
                new SearchRequest(null, java.util.Map.of(), null, null, null, null, null, null, true, 0, 1000)).contents());
    }
}
