package nl.wegwijs.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;

/**
 * The fixed query mix: what residents type (everyday words and phrases, misspellings, jargon,
 * English, organisation names), each with the category a resident would tick, and the request
 * variants the benchmark runs them in. Facet counts (all dimensions plus "open now") are computed
 * by every search, whatever the variant.
 */
public final class BenchQueries {

    /** A query as typed, with the category (facet value) that fits it. */
    public record Query(String text, String category) {
    }

    /** How a query is sent. */
    public enum Variant {
        TEXT("text only"),
        CATEGORY("text + category selected"),
        NEAR("text + postcode 7941, within 5 km"),
        OPEN_NOW("text + open now"),
        ALL("text + category + 7941/5 km + open now");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** One request of the mix. */
    public record Run(Query query, Variant variant, SearchRequest request) {
    }

    public static final List<Query> QUERIES = List.of(
            // everyday words and short phrases
            new Query("eenzaam", "ontmoeting"),
            new Query("iemand om mee te praten", "ontmoeting"),
            new Query("geldzorgen", "geld"),
            new Query("schulden", "geld"),
            new Query("rekeningen niet betalen", "geld"),
            new Query("rolstoel lenen", "hulpmiddelen"),
            new Query("boodschappen", "burenhulp"),
            new Query("warme maaltijd", "maaltijden"),
            new Query("vervoer naar ziekenhuis", "vervoer"),
            new Query("klusje in huis", "burenhulp"),
            new Query("mantelzorg even vrij", "mantelzorg"),
            new Query("vergeetachtig", "dagbesteding"),
            new Query("dakloos", "wonen"),
            new Query("gokken", "verslaving"),
            new Query("opvoeden puber", "jeugd"),
            new Query("formulieren invullen", "clientondersteuning"),
            new Query("samen eten", "maaltijden"),
            new Query("hulp", "maatschappelijk-werk"),
            // misspellings
            new Query("mantelzrog", "mantelzorg"),
            new Query("voedselbnak", "voedselbank"),
            new Query("eenzaamheit", "ontmoeting"),
            new Query("rolstol", "hulpmiddelen"),
            new Query("scootmobil", "vervoer"),
            new Query("maatschapelijk werk", "maatschappelijk-werk"),
            new Query("vrijwiliger", "vrijwilligerswerk"),
            // jargon
            new Query("respijtzorg", "mantelzorg"),
            new Query("dagbesteding", "dagbesteding"),
            new Query("cliëntondersteuning", "clientondersteuning"),
            new Query("schuldhulpverlening", "geld"),
            new Query("beschermd wonen", "wonen"),
            new Query("Wmo", "hulpmiddelen"),
            // English
            new Query("debt help", "geld"),
            new Query("food bank", "voedselbank"),
            new Query("loneliness", "ontmoeting"),
            new Query("meals on wheels", "maaltijden"),
            new Query("domestic violence", "crisis"),
            new Query("volunteer work", "vrijwilligerswerk"),
            // organisation-like names (the generator's patterns) and a helpline number
            new Query("Buurthuis De Eik", "ontmoeting"),
            new Query("Stichting Het Kompas", "maatschappelijk-werk"),
            new Query("Praktijk De Vries", "commercieel"),
            new Query("Sociaal Team Nijeveen", "maatschappelijk-werk"),
            new Query("113", "crisis"));

    public static final List<String> CATEGORY_CODES = List.of("ontmoeting", "dagbesteding", "mantelzorg",
            "vrijwilligerswerk", "burenhulp", "maaltijden", "vervoer", "geld", "voedselbank", "jeugd",
            "maatschappelijk-werk", "clientondersteuning", "hulpmiddelen", "wonen", "verslaving", "crisis",
            "commercieel");

    /** Fixed "now" (a Tuesday afternoon, Amsterdam time) so every run filters on the same opening hours. */
    public static final ZonedDateTime NOW = ZonedDateTime.of(
            LocalDate.of(2026, 11, 23).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), LocalTime.of(14, 0),
            Directory.ZONE);

    static final String POSTCODE = "7941";
    static final int WITHIN_METERS = 5_000;

    private BenchQueries() {
    }

    /** Every query in every variant, in a fixed shuffled order. */
    public static List<Run> mix(Postcodes.Point near) {
        List<Run> runs = new ArrayList<>();
        for (Query query : QUERIES) {
            for (Variant variant : Variant.values()) {
                runs.add(new Run(query, variant, request(query, variant, near)));
            }
        }
        Collections.shuffle(runs, new Random(42));
        return runs;
    }

    static SearchRequest request(Query query, Variant variant, Postcodes.Point near) {
        Map<String, Set<String>> selections = variant == Variant.CATEGORY || variant == Variant.ALL
                ? Map.of("category", Set.of(query.category())) : Map.of();
        boolean geo = variant == Variant.NEAR || variant == Variant.ALL;
        boolean open = variant == Variant.OPEN_NOW || variant == Variant.ALL;
        return new SearchRequest(query.text(), selections, geo ? near : null, geo ? WITHIN_METERS : null,
                open ? NOW : null, null, null, null, true, 0, 10);
    }

    /** No text: one category ticked, as when a resident browses the kaart by category. */
    public static SearchRequest browse(String category) {
        return new SearchRequest(null, Map.of("category", Set.of(category)), null, null, null, null, null, null,
                true, 0, 10);
    }

    /** Services at a location near the postcode, as GET /service_at_locations asks for them. */
    public static SearchRequest locations(Query query, Postcodes.Point near) {
        return new SearchRequest(query.text(), Map.of(), near, WITHIN_METERS, null, null, null, null, true, 0, 10);
    }
}
