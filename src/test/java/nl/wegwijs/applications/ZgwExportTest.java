package nl.wegwijs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ZGW export over real HTTP: a decided case as a zaak with its status history, documents and
 * result, for consultants and administrators only; unknown or odd references are a 404, never a 5xx.
 */
@PostgresTest
@Import(CaseFixture.class)
// The same context as MyCasesTest (same fixture, same index folder).
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-mycases")
class ZgwExportTest {

    static final Bsn RESIDENT = new Bsn("999990147");
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    CaseFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void ownResident() {
        fixture.resident("inwoner", RESIDENT.value());
    }

    @Test
    void aDecidedCaseIsAZaakWithItsStatusHistoryDocumentsAndResult() throws Exception {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        fixture.planConversation(reference);
        fixture.writeReport(reference, "Verslag.");
        fixture.recordAanvraag(reference);
        fixture.decide(reference);

        var response = get("/api/zgw/zaken/" + reference.value(), "consultant");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode zaak = JsonMapper.builder().build().readTree(response.body());
        assertThat(zaak.path("identificatie").asString()).isEqualTo(reference.value());
        assertThat(zaak.path("zaaktype").asString()).endsWith("/zaaktypen/wmo-maatwerkvoorziening");
        assertThat(zaak.path("startdatum").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(zaak.path("uiterlijkeEinddatumAfdoening").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(zaak.path("statussen")).hasSize(5);
        assertThat(zaak.path("statussen").get(0).path("statustype").asString()).endsWith("/melding-received");
        assertThat(zaak.path("statussen").get(4).path("statustype").asString()).endsWith("/decided");
        assertThat(zaak.path("statussen").get(4).path("datumStatusGezet").asString()).isNotBlank();
        JsonNode letter = zaak.path("zaakinformatieobjecten").get(0);
        assertThat(letter.path("titel").asString()).isEqualTo("besluit.pdf");
        assertThat(letter.path("formaat").asString()).isEqualTo("application/pdf");
        assertThat(letter.path("bestandsomvang").asLong()).isEqualTo("%PDF-1.7 besluit".length());
        assertThat(zaak.path("resultaat").path("resultaattype").asString()).endsWith("/toegekend");
        assertThat(response.body()).as("no BSN in the export").doesNotContain(RESIDENT.value());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_type = 'wmo-case-export'"
                + " AND object_id = ?", Long.class, reference.value())).isEqualTo(1);
    }

    @Test
    void anOpenCaseHasNoResultYet() throws Exception {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);

        var response = get("/api/zgw/zaken/" + reference.value(), "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode zaak = JsonMapper.builder().build().readTree(response.body());
        assertThat(zaak.path("resultaat").isNull() || zaak.path("resultaat").isMissingNode()).isTrue();
        assertThat(zaak.path("statussen")).hasSize(1);
    }

    @Test
    void onlyConsultantsAndAdministratorsMayExport() throws Exception {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        String path = "/api/zgw/zaken/" + reference.value();

        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, "resident").statusCode()).isEqualTo(403);
        assertThat(get(path, "frontdesk").statusCode()).isEqualTo(403);
        assertThat(get(path, "consultant").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WMO-2026-999999", "WMO-1-2", "nonsense", "%20", "WMO-2026-000001%00",
            "..%2F..%2Fetc%2Fpasswd", "' or 1=1 --", "WMO-2026-0000011111111111111111111111111111111111111111"})
    void anUnknownOrOddReferenceIsNotFoundNeverAServerError(String reference) throws Exception {
        int status = get("/api/zgw/zaken/" + reference.replace(" ", "%20").replace("'", "%27"), "consultant")
                .statusCode();

        assertThat(status).isBetween(400, 499);
        // Encoded control characters and slashes are refused by the firewall (400); anything else is a 404.
        if (!reference.contains("%")) {
            assertThat(status).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .timeout(Duration.ofSeconds(30));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
