package nl.wegwijs.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServiceStructuredDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void describesTheServiceWithProviderAddressPhoneAndOpeningHours() {
        JsonNode json = HsdsJson.mapper().readTree(
                ServiceStructuredData.of(service("Inloop met koffie"), "https://wegwijs.example/sociale-kaart/s1", TODAY));

        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asString()).isEqualTo("Service");
        assertThat(json.get("name").asString()).isEqualTo("Inloop met koffie");
        assertThat(json.get("url").asString()).isEqualTo("https://wegwijs.example/sociale-kaart/s1");
        assertThat(json.at("/provider/name").asString()).isEqualTo("Huiskamer De Schakel");
        assertThat(json.at("/provider/url").asString()).isEqualTo("https://www.schakel.example");
        assertThat(json.at("/offers/price").asInt()).isZero();
        JsonNode place = json.at("/availableChannel/0/serviceLocation");
        assertThat(place.at("/address/streetAddress").asString()).isEqualTo("Lindenlaan 23");
        assertThat(place.at("/address/postalCode").asString()).isEqualTo("7942GB");
        assertThat(place.at("/geo/latitude").asDouble()).isEqualTo(52.69983);
        assertThat(place.get("openingHoursSpecification")).hasSize(2);
        assertThat(place.at("/openingHoursSpecification/0/dayOfWeek").asString()).isEqualTo("https://schema.org/Monday");
        assertThat(place.at("/openingHoursSpecification/1/dayOfWeek").asString()).isEqualTo("https://schema.org/Wednesday");
        assertThat(place.at("/openingHoursSpecification/0/opens").asString()).isEqualTo("09:30");
        assertThat(place.at("/openingHoursSpecification/0/closes").asString()).isEqualTo("12:00");
        assertThat(json.at("/availableChannel/1/servicePhone/telephone").asString()).isEqualTo("0522-013 517");
        assertThat(json.at("/serviceType").asString()).isEqualTo("Ontmoeten en meedoen");
    }

    @Test
    void dataCannotCloseTheScriptElementOrOpenAComment() {
        String name = "Koffie </script><script>alert(1)</script> <!-- & meer";
        String text = ServiceStructuredData.of(service(name), "https://wegwijs.example/x", TODAY);

        assertThat(text).doesNotContain("</").doesNotContain("<!--").doesNotContain("<").doesNotContain(">");
        assertThat(HsdsJson.mapper().readTree(text).get("name").asString()).isEqualTo(name);
    }

    @Test
    void linksOnlyToWebAddressesAndLeavesOutUnsafeOnes() {
        Hsds.Service service = service("Koffie");
        Hsds.Organization unsafe = new Hsds.Organization("o1", "Org", null, null, "not an address", "javascript:alert(1)");
        Hsds.Service withUnsafe = new Hsds.Service(service.id(), "o1", service.name(), null, null, "javascript:x",
                null, "active", null, null, null, null, null, null, null, null, unsafe, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        JsonNode json = HsdsJson.mapper().readTree(ServiceStructuredData.of(withUnsafe, "https://wegwijs.example/x", TODAY));

        assertThat(json.at("/provider").has("url")).isFalse();
        assertThat(json.at("/provider").has("email")).isFalse();
        assertThat(json.toString()).doesNotContain("javascript");
        assertThat(json.has("description")).isFalse();
    }

    static Hsds.Service service(String name) {
        Hsds.Organization organization = new Hsds.Organization("o1", "Huiskamer De Schakel", null, null,
                "info@schakel.example", "https://www.schakel.example");
        Hsds.Address address = new Hsds.Address("a1", "l1", null, "Lindenlaan 23", null, "Meppel", null, "Drenthe",
                "7942GB", "NL", "physical");
        Hsds.Location location = new Hsds.Location("l1", "physical", null, "Huiskamer De Schakel", null, null, null,
                52.69983, 6.20787, List.of(address), List.of());
        Hsds.Schedule schedule = new Hsds.Schedule("h1", "s1", null, null, null, "Europe/Amsterdam", null, null, null,
                "WEEKLY", null, "MO,WE", null, null, null, "Ochtend", "09:30", "12:00", null, null, null);
        Hsds.TaxonomyTerm category = new Hsds.TaxonomyTerm("wegwijs-categorie:ontmoeting", "ontmoeting",
                "Ontmoeten en meedoen", null, null, "wegwijs-categorie", "nl", null, null);
        return new Hsds.Service("s1", "o1", name, null, "Kom binnen voor koffie.", null, null, "active", null, null,
                null, null, null, TODAY, null, null, organization,
                List.of(new Hsds.ServiceAtLocation("sal1", "s1", "l1", null, location)),
                List.of(new Hsds.Phone("p1", "s1", "0522-013 517", null, "voice", null)),
                List.of(schedule),
                List.of(new Hsds.CostOption("c1", "s1", null, null, "Gratis", "EUR", 0.0, null)),
                List.of(), List.of(),
                List.of(new Hsds.Attribute("at1", "s1", "service", "service", category.id(), null, null, category)));
    }
}
