package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The open HSDS API over real HTTP: reads, the page envelope, access rules and every kind of bad input. */
@PostgresTest
class HsdsApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void listsActiveServicesInTheHsdsPageEnvelope() throws Exception {
        JsonNode page = json(get("/api/hsds/services?per_page=10&page=2"));
        assertThat(page.get("total_items").asLong()).isEqualTo(168);
        assertThat(page.get("total_pages").asInt()).isEqualTo(17);
        assertThat(page.get("page_number").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("first_page").asBoolean()).isFalse();
        assertThat(page.get("last_page").asBoolean()).isFalse();
        assertThat(page.get("empty").asBoolean()).isFalse();
        assertThat(page.get("contents")).hasSize(10);
        assertThat(page.get("contents").get(0).has("service_at_locations")).isTrue();
        assertThat(page.get("contents").get(0).get("status").asString()).isEqualTo("active");
    }

    @Test
    void ordersBySearchRelevanceAndFiltersByTaxonomyTermAndOrganization() throws Exception {
        JsonNode found = json(get("/api/hsds/services?search=" + encode("De Luisterlijn")));
        String first = found.get("contents").get(0).get("name").asString();
        assertThat(first).contains("Luisterlijn");

        JsonNode food = json(get("/api/hsds/services?per_page=100&taxonomy_term_id=wegwijs-categorie:voedselbank"));
        assertThat(food.get("total_items").asLong()).isBetween(3L, 10L);
        food.get("contents").forEach(service -> assertThat(service.toString()).contains("wegwijs-categorie:voedselbank"));

        String organization = found.get("contents").get(0).get("organization_id").asString();
        JsonNode byOrganization = json(get("/api/hsds/services?organization_id=" + organization));
        byOrganization.get("contents").forEach(service ->
                assertThat(service.get("organization_id").asString()).isEqualTo(organization));
    }

    @Test
    void findsNothingModifiedAfterTheFuture() throws Exception {
        JsonNode page = json(get("/api/hsds/services?modified_after=2999-01-01"));
        assertThat(page.get("total_items").asLong()).isZero();
        assertThat(page.get("empty").asBoolean()).isTrue();
    }

    @Test
    void servesOneServiceAndOneOrganizationAndAnswers404ForUnknownIds() throws Exception {
        JsonNode first = json(get("/api/hsds/services?per_page=1")).get("contents").get(0);
        String id = first.get("id").asString();
        assertThat(json(get("/api/hsds/services/" + id)).get("name").asString()).isEqualTo(first.get("name").asString());
        String organization = first.get("organization_id").asString();
        assertThat(json(get("/api/hsds/organizations/" + organization)).get("id").asString()).isEqualTo(organization);
        assertThat(json(get("/api/hsds/organizations?per_page=5")).get("total_items").asLong()).isGreaterThanOrEqualTo(60);
        assertThat(get("/api/hsds/services/does-not-exist").statusCode()).isEqualTo(404);
        assertThat(get("/api/hsds/organizations/does-not-exist").statusCode()).isEqualTo(404);
    }

    @Test
    void listsLocationsNearAPostcodeWithDistanceAndKeepsNationalServicesOutOfDistanceFilters() throws Exception {
        JsonNode near = json(get("/api/hsds/service_at_locations?postcode=7948&proximity=2000&per_page=50"));
        assertThat(near.get("contents").size()).isPositive();
        near.get("contents").forEach(at -> {
            assertThat(at.get("distance").asLong()).isLessThanOrEqualTo(2000);
            assertThat(at.get("location").get("latitude").isNumber()).isTrue();
        });
        JsonNode services = json(get("/api/hsds/services?search=" + encode("113 zelfmoordpreventie")));
        assertThat(services.get("contents").get(0).get("name").asString()).contains("113");
    }

    @Test
    void openApiDescriptionIsServed() throws Exception {
        JsonNode openApi = json(get("/api/hsds/openapi.json"));
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/hsds/services")).isTrue();
        assertThat(openApi.get("paths").has("/api/hsds/import")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/hsds/services?page=abc", "/api/hsds/services?page=0", "/api/hsds/services?page=-3",
        "/api/hsds/services?per_page=100000", "/api/hsds/services?per_page=0", "/api/hsds/services?per_page=1.5",
        "/api/hsds/services?page=99999&per_page=1000", "/api/hsds/services?modified_after=yesterday",
        "/api/hsds/services?taxonomy_term_id=%27%20OR%201%3D1%20--", "/api/hsds/services?organization_id=%3Cscript%3E",
        "/api/hsds/service_at_locations?postcode=0000", "/api/hsds/service_at_locations?postcode=1012AB",
        "/api/hsds/service_at_locations?postcode=hallo", "/api/hsds/service_at_locations?postcode=7941&proximity=-5",
        "/api/hsds/service_at_locations?postcode=7941&proximity=veel", "/api/hsds/service_at_locations?proximity=500",
        "/api/hsds/services/%27%3B%20DROP%20TABLE%20directory_service%3B%20--"
    })
    void answersBadParametersWithA400ThatSaysWhatIsWrong(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("json"));
        assertThat(json(response).get("detail").asString()).isNotBlank().doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "<script>alert(1)</script>", "*:*", "name:(", "\"", "~~~", "AND OR NOT",
        "🙂", "                    ", "a", "%00", "\\"})
    void searchesWithHostileTextSafely(String text) throws Exception {
        HttpResponse<String> response = get("/api/hsds/services?search=" + encode(text));
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        assertThat(json(response).has("total_items")).isTrue();
    }

    @Test
    void wegwijsSearchReturnsFacetsSnippetsDistancesAndSuggestions() throws Exception {
        JsonNode result = json(get("/api/directory/search?q=voedselbnak&postcode=7941AK&category=voedselbank"
                + "&category=geld&free=true"));
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(result.get("suggestion").asString()).isEqualTo("voedselbank");
        JsonNode first = result.get("items").get(0);
        assertThat(first.get("free").asBoolean()).isTrue();
        assertThat(first.get("categories").toString()).containsAnyOf("voedselbank", "geld");
        assertThat(result.get("facets").get("category").size()).isGreaterThan(2);
        assertThat(result.get("facets").has("open_now")).isTrue();
        assertThat(get("/api/directory/search?free=misschien").statusCode()).isEqualTo(400);
        assertThat(get("/api/directory/search?postcode=9999ZZ").statusCode()).isEqualTo(400);
        assertThat(get("/api/directory/search?category=" + "x".repeat(101)).statusCode()).isEqualTo(400);
        // The completions are rebuilt in the background after the sample is loaded.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(json(get("/api/directory/suggest?q=voedsel")).toString()).containsIgnoringCase("voedselbank"));
    }

    @Test
    void rejectsSearchTextThatIsTooLong() throws Exception {
        assertThat(get("/api/hsds/services?search=" + "a".repeat(201)).statusCode()).isEqualTo(400);
    }

    @Test
    void importNeedsAnEditorOrAdministrator() throws Exception {
        assertThat(post("/api/hsds/import", "[]", null, "application/json").statusCode()).isEqualTo(401);
        assertThat(post("/api/hsds/import", "[]", "resident", "application/json").statusCode()).isEqualTo(403);
        assertThat(post("/api/hsds/import", "[]", "editor:wrong", "application/json").statusCode()).isEqualTo(401);
        HttpResponse<String> accepted = post("/api/hsds/import", "[]", "editor", "application/json");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json(accepted).get("applied").asBoolean()).isTrue();
    }

    @Test
    void answersBadImportBodiesWith4xx() throws Exception {
        HttpResponse<String> garbage = post("/api/hsds/import", "{not json", "admin", "application/json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).get("detail").asString()).contains("not valid JSON");

        HttpResponse<String> object = post("/api/hsds/import", "{\"id\": \"x\"}", "admin", "application/json");
        assertThat(object.statusCode()).isEqualTo(400);
        assertThat(json(object).get("detail").asString()).contains("JSON array");

        assertThat(post("/api/hsds/import", "[]", "admin", "text/plain").statusCode()).isEqualTo(415);
        assertThat(post("/api/hsds/import?mode=wipe", "[]", "admin", "application/json").statusCode()).isEqualTo(400);

        String huge = "[" + "\"x\",".repeat(600_000) + "\"x\"]";
        assertThat(post("/api/hsds/import", huge, "admin", "application/json").statusCode()).isEqualTo(413);
    }

    @Test
    void rejectsRecordsOfTheWrongShapeWithAReasonAndImportsTheRest() throws Exception {
        String body = """
                [ {"id": 12, "name": ["not", "a", "name"]},
                  "a string",
                  {"id": "svc-test-ok", "name": "Testdienst", "status": "active",
                   "organization": {"id": "org-test", "name": "Testorganisatie"}},
                  {"id": "svc-test-bad", "name": "", "status": "open",
                   "organization": {"id": "org-test", "name": "Testorganisatie"},
                   "service_at_locations": [{"id": "sal-1", "location": {"id": "loc-1", "location_type": "moon",
                       "latitude": 200, "longitude": 5}}]} ]
                """;
        HttpResponse<String> response = post("/api/hsds/import", body, "editor", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        ImportSummary summary = HsdsJson.mapper().readValue(response.body(), ImportSummary.class);
        assertThat(summary.applied()).isTrue();
        assertThat(summary.created() + summary.updated()).isEqualTo(1);
        assertThat(summary.rejected()).extracting(ImportSummary.Rejection::index).containsExactly(0, 1, 3);
        assertThat(summary.rejected().get(2).reason())
                .contains("name is missing", "status must be one of", "location_type", "latitude");
        assertThat(json(get("/api/hsds/services/svc-test-ok")).get("name").asString()).isEqualTo("Testdienst");

        HttpResponse<String> restore = post("/api/hsds/import?mode=replace", SampleData.all(), "admin", "application/json");
        assertThat(json(restore).get("removed").asInt()).isEqualTo(1);
        assertThat(get("/api/hsds/services/svc-test-ok").statusCode()).isEqualTo(404);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String user, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return HsdsJson.mapper().readTree(response.body());
    }

}
