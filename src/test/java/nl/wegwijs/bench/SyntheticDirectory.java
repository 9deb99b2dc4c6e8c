package nl.wegwijs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;

/**
 * A deterministic (fixed seed) synthetic sociale kaart in HSDS 3.0 nested form, Dutch-like: each
 * service takes its subject (categories, target groups, access, most of its description) from a
 * random service of the shipped sample (content/directory/meppel), gets a generated organisation,
 * a generated name, extra sentences, compounds built from content/search/compound-parts.txt,
 * 1–3 locations spread over the postcode centroids of postcodes.tsv with jitter, schedules
 * (office hours, mornings, evenings, weekends, 24/7, past midnight), languages and cost options.
 * Service {@code i} depends only on the seed and {@code i}, so a smaller scale is a prefix of a
 * larger one.
 */
public final class SyntheticDirectory {

    static final long SEED = 20_261_122L;
    /** Services per organisation (consecutive services share one). */
    static final int SERVICES_PER_ORGANIZATION = 3;

    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        CATEGORIES.put("ontmoeting", "Ontmoeten en meedoen");
        CATEGORIES.put("dagbesteding", "Dagbesteding");
        CATEGORIES.put("mantelzorg", "Mantelzorg en respijtzorg");
        CATEGORIES.put("vrijwilligerswerk", "Vrijwilligerswerk");
        CATEGORIES.put("burenhulp", "Burenhulp en klussen");
        CATEGORIES.put("maaltijden", "Maaltijden");
        CATEGORIES.put("vervoer", "Vervoer");
        CATEGORIES.put("geld", "Geld en schulden");
        CATEGORIES.put("voedselbank", "Voedselbank");
        CATEGORIES.put("jeugd", "Opvoeden en opgroeien");
        CATEGORIES.put("maatschappelijk-werk", "Maatschappelijk werk");
        CATEGORIES.put("clientondersteuning", "Cliëntondersteuning");
        CATEGORIES.put("hulpmiddelen", "Hulpmiddelen en woningaanpassing");
        CATEGORIES.put("wonen", "Beschermd wonen en opvang");
        CATEGORIES.put("verslaving", "Verslaving");
        CATEGORIES.put("crisis", "Crisis en hulplijnen");
        CATEGORIES.put("commercieel", "Diensten tegen betaling");
        GROUPS.put("iedereen", "Iedereen");
        GROUPS.put("ouderen", "Ouderen");
        GROUPS.put("jongeren", "Jongeren");
        GROUPS.put("ouders", "Ouders en kinderen");
        GROUPS.put("mantelzorgers", "Mantelzorgers");
        GROUPS.put("beperking", "Mensen met een beperking");
        GROUPS.put("psychisch", "Mensen met psychische klachten");
        GROUPS.put("nieuwkomers", "Nieuwkomers");
    }

    private static final String[] ORG_KINDS = {"Stichting", "Vereniging", "Buurthuis", "Dorpshuis", "Wijkcentrum",
            "Zorgcentrum", "Steunpunt", "Huiskamer", "Ontmoetingscentrum", "Zorgboerderij", "Inloophuis", "Buurtteam",
            "Vrijwilligerscentrale", "Coöperatie", "Jongerencentrum", "Servicepunt", "Welzijnsorganisatie"};
    private static final String[] ORG_NAMES = {"De Eik", "De Linde", "De Wilg", "'t Anker", "De Brug", "De Schakel",
            "Het Baken", "De Horizon", "Het Kompas", "De Zonnebloem", "De Vlinder", "De Regenboog", "Het Trefpunt",
            "De Ontmoeting", "Samen Sterk", "Welzijn", "Zorg en Welzijn", "Hand in Hand", "Thuis Dichtbij",
            "De Vaart", "De Hoofdvaart", "Het Veer", "De Molen", "De Kolk", "Het Palet", "De Lichtboei", "De Wending",
            "Noorderlicht", "Op Koers", "Present", "Naoberschap", "De Kleine Wereld", "Het Open Huis", "De Kapstok"};
    private static final String[] SURNAMES = {"De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer",
            "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit",
            "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "Van den Berg", "Vermeulen", "Van Dijk",
            "Schouten", "Hoekstra", "Koster", "Prins", "Huisman", "Kuipers", "Post", "Zwart", "Veenstra", "Boersma",
            "Mol", "Kramer", "Timmerman", "Wolters", "Zijlstra", "Bouma", "Hofman", "Sikkema", "Lubbers"};
    private static final String[] PRACTICES = {"Praktijk", "Thuiszorg", "Coachpraktijk", "Adviesbureau",
            "Zorgbureau", "Klusbedrijf", "Administratiekantoor", "Taxi"};
    private static final String[] REGIONS = {"Meppel", "Zuidwest-Drenthe", "Reest en Vaart", "Drenthe",
            "Meppel e.o.", "Noord-Nederland"};
    private static final String[] STREETS = {"Hoofdstraat", "Kerkstraat", "Stationsweg", "Lindenlaan", "Dorpsstraat",
            "Molenweg", "Schoolstraat", "Julianastraat", "Wilhelminalaan", "Zuiderstraat", "Kerkplein", "Groenmarkt",
            "Havenstraat", "Oosterboerweg", "Reggersweg", "Steenwijkerstraatweg", "Zomerdijk", "Vledderstraat",
            "Burgemeester Knappertlaan", "Prinsengracht", "Kaapweg", "Commissarisweg", "Hesselterbrink",
            "Blankenstein", "Parkstraat", "Eikenlaan", "Berkenlaan", "Beukenlaan", "Emmastraat", "Dokter Larijweg",
            "Hoogeveenseweg", "Woldpromenade", "Leonard Springerlaan", "Wheeme", "Ezingerweg", "Kolderveen"};
    private static final String[][] LANGUAGES = {{"en", "Engels"}, {"de", "Duits"}, {"pl", "Pools"},
            {"tr", "Turks"}, {"ar", "Arabisch"}, {"uk", "Oekraïens"}, {"ti", "Tigrinya"}, {"so", "Somalisch"},
            {"fy", "Fries"}, {"fa", "Perzisch"}};
    private static final String[] ACCESSIBILITY = {"rolstoeltoegankelijk", "invalidentoilet", "ringleiding",
            "invalidenparkeerplaats"};
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final String[] DAY_NAMES = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag"};
    private static final String[] COMPOUND_SENTENCES = {
            "U kunt bij ons ook terecht voor %s en %s.",
            "Wij werken samen met de %s en het %s.",
            "Vraag gerust naar de %s of de %s.",
            "Denk bijvoorbeeld aan %s, %s en meer.",
            "Samen met u kijken we naar %s en %s."};
    private static final Instant BASE = Instant.parse("2026-10-01T09:00:00Z");

    /** A PC6 postcode with its centroid. */
    record Postcode(String code, String kern, String wijk, double latitude, double longitude) {
    }

    private final List<Hsds.Service> templates;
    private final Map<String, List<String>> sentencesByCategory = new LinkedHashMap<>();
    private final List<String> organizationSentences = new ArrayList<>();
    private final List<String> compoundParts = new ArrayList<>();
    private final List<Postcode> postcodes = new ArrayList<>();

    public SyntheticDirectory() {
        this.templates = new ArrayList<>();
        for (String file : List.of("services-a.json", "services-b.json", "services-c.json")) {
            Hsds.Service[] services = HsdsJson.mapper().readValue(resource("content/directory/meppel/" + file),
                    Hsds.Service[].class);
            for (Hsds.Service service : services) {
                if ("active".equals(service.status()) && service.description() != null) {
                    templates.add(service);
                    sentencesByCategory.computeIfAbsent(primaryCategory(service), k -> new ArrayList<>())
                            .addAll(sentences(service.description()));
                    if (service.organization().description() != null) {
                        organizationSentences.addAll(sentences(service.organization().description()));
                    }
                }
            }
        }
        for (String line : new String(resource("content/search/compound-parts.txt"), StandardCharsets.UTF_8).lines()
                .toList()) {
            String part = line.strip();
            if (!part.isEmpty() && !part.startsWith("#") && part.length() >= 4) {
                compoundParts.add(part);
            }
        }
        for (String line : new String(resource("content/directory/meppel/postcodes.tsv"), StandardCharsets.UTF_8)
                .lines().toList()) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length >= 6 && "PC6".equals(columns[1])) {
                postcodes.add(new Postcode(columns[0], columns[2], columns[3], Double.parseDouble(columns[4]),
                        Double.parseDouble(columns[5])));
            }
        }
        if (templates.isEmpty() || postcodes.isEmpty() || compoundParts.isEmpty()) {
            throw new IllegalStateException("The sample data and word lists were not found on the classpath");
        }
    }

    /** Services 0, 1, 2, ... until they have exactly {@code serviceAtLocations} service_at_locations. */
    public List<Hsds.Service> services(int serviceAtLocations) {
        List<Hsds.Service> services = new ArrayList<>();
        int remaining = serviceAtLocations;
        for (int i = 0; remaining > 0; i++) {
            Hsds.Service service = service(i, remaining);
            remaining -= service.serviceAtLocations().size();
            services.add(service);
        }
        return services;
    }

    /** Service number {@code index}, with at most {@code maxLocations} service_at_locations. */
    Hsds.Service service(int index, int maxLocations) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
        Hsds.Service template = templates.get(random.nextInt(templates.size()));
        Hsds.Organization organization = organization(index / SERVICES_PER_ORGANIZATION);
        String id = uuid(random);

        boolean located = random.nextInt(100) >= 4;
        int locationCount = located ? Math.min(maxLocations, 1 + random.nextInt(3)) : 0;
        List<Hsds.ServiceAtLocation> atLocations = new ArrayList<>();
        Postcode first = postcodes.get(random.nextInt(postcodes.size()));
        for (int i = 0; i < locationCount; i++) {
            Postcode postcode = i == 0 ? first : postcodes.get(random.nextInt(postcodes.size()));
            atLocations.add(atLocation(random, id, organization, postcode, i));
        }

        String place = random.nextBoolean() ? first.kern() : first.wijk();
        String name = name(template, organization, place, random);
        String description = description(template, organization, place, random);
        String status = random.nextInt(100) < 3 ? "inactive" : "active";
        Instant modified = BASE.minus(random.nextInt(700), ChronoUnit.DAYS).minus(random.nextInt(86_400),
                ChronoUnit.SECONDS);
        LocalDate assured = LocalDate.of(2026, 10, 1).minusDays(random.nextInt(400));

        List<Hsds.Phone> phones = List.of(new Hsds.Phone(uuid(random), id,
                String.format(Locale.ROOT, "0522-%03d %03d", random.nextInt(1000), random.nextInt(1000)), null,
                "voice", "Voor informatie en aanmelding"));
        List<Hsds.Schedule> schedules = schedules(random, id);
        List<Hsds.CostOption> costs = costs(random, id);
        List<Hsds.Language> languages = languages(random, id);
        String area;
        if (!located) {
            area = random.nextBoolean() ? "Nederland" : "Heel Meppel";
        } else {
            int pick = random.nextInt(10);
            area = pick < 4 ? first.wijk() : pick < 7 ? first.kern() : "Heel Meppel";
        }
        List<Hsds.ServiceArea> areas = List.of(new Hsds.ServiceArea(uuid(random), id, area, null, null, null, null));
        List<Hsds.Attribute> attributes = attributes(random, id, template);

        return new Hsds.Service(id, organization.id(), name, null, description,
                organization.website(), organization.email(), status, null, null, null, null, null, assured,
                "redactie@wegwijs-meppel.example", modified, organization, atLocations, phones, schedules, costs,
                languages, areas, attributes);
    }

    /** The same service with another description, as a changed version (for the NRT measurement). */
    static Hsds.Service withDescription(Hsds.Service s, String description, Instant modified) {
        return new Hsds.Service(s.id(), s.organizationId(), s.name(), s.alternateName(), description, s.url(),
                s.email(), s.status(), s.applicationProcess(), s.eligibilityDescription(), s.feesDescription(),
                s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(), modified, s.organization(),
                s.serviceAtLocations(), s.phones(), s.schedules(), s.costOptions(), s.languages(), s.serviceAreas(),
                s.attributes());
    }

    Hsds.Organization organization(int index) {
        SplittableRandom random = new SplittableRandom(SEED * 7_919L + 31L * index + 17);
        String id = uuid(random);
        Postcode home = postcodes.get(random.nextInt(postcodes.size()));
        String name;
        String kind;
        switch (random.nextInt(5)) {
            case 0 -> {
                kind = pick(random, ORG_KINDS);
                name = kind + " " + pick(random, ORG_NAMES);
            }
            case 1 -> {
                kind = pick(random, ORG_KINDS);
                name = kind + " " + pick(random, ORG_NAMES) + " " + (random.nextBoolean() ? home.kern() : pick(random, REGIONS));
            }
            case 2 -> {
                kind = pick(random, PRACTICES);
                name = random.nextBoolean() ? kind + " " + pick(random, SURNAMES)
                        : pick(random, SURNAMES) + " " + kind + (random.nextBoolean() ? " BV" : "");
            }
            case 3 -> {
                kind = pick(random, ORG_KINDS);
                name = kind + " " + home.wijk();
            }
            default -> {
                kind = "Stichting";
                name = "Stichting " + capitalize(compound(random)) + " " + pick(random, REGIONS);
            }
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String description = name + " is een " + kind.toLowerCase(Locale.ROOT) + " in " + home.wijk() + ". "
                + organizationSentences.get(random.nextInt(organizationSentences.size()));
        return new Hsds.Organization(id, name, null, description, "info@" + slug + ".example",
                "https://www." + slug + ".example");
    }

    private Hsds.ServiceAtLocation atLocation(SplittableRandom random, String serviceId, Hsds.Organization organization,
            Postcode postcode, int position) {
        String salId = uuid(random);
        String locationId = uuid(random);
        double latitude = round(postcode.latitude() + (random.nextDouble() - 0.5) * 0.004);
        double longitude = round(postcode.longitude() + (random.nextDouble() - 0.5) * 0.006);
        Hsds.Address address = new Hsds.Address(uuid(random), locationId, null,
                pick(random, STREETS) + " " + (1 + random.nextInt(180)), null, postcode.kern(), null, "Drenthe",
                postcode.code(), "NL", "physical");
        List<Hsds.Accessibility> accessibility = new ArrayList<>();
        if (random.nextInt(100) < 70) {
            accessibility.add(new Hsds.Accessibility(uuid(random), locationId,
                    "Het gebouw is gelijkvloers en heeft een brede deur.", ACCESSIBILITY[0], null));
        }
        if (random.nextInt(100) < 25) {
            accessibility.add(new Hsds.Accessibility(uuid(random), locationId, "Er is een invalidentoilet.",
                    ACCESSIBILITY[1 + random.nextInt(3)], null));
        }
        String locationName = position == 0 ? organization.name() : organization.name() + " " + postcode.wijk();
        Hsds.Location location = new Hsds.Location(locationId, "physical", null, locationName, null, null, null,
                latitude, longitude, List.of(address), accessibility);
        return new Hsds.ServiceAtLocation(salId, serviceId, locationId, null, location);
    }

    private String name(Hsds.Service template, Hsds.Organization organization, String place, SplittableRandom random) {
        String base = template.name().replaceFirst(
                " (in|bij|via|van|voor|De|Het|'t) ((De|Het|'t) )?[A-Z'].*$", "").strip();
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> base + " in " + place;
            case 4, 5, 6 -> base + " bij " + organization.name();
            default -> base;
        };
    }

    private String description(Hsds.Service template, Hsds.Organization organization, String place,
            SplittableRandom random) {
        List<String> own = sentences(template.description());
        List<String> chosen = new ArrayList<>();
        for (String sentence : own) {
            if (chosen.isEmpty() || random.nextInt(100) < 75) {
                chosen.add(sentence);
            }
        }
        List<String> related = sentencesByCategory.get(primaryCategory(template));
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            chosen.add(1 + random.nextInt(chosen.size()), related.get(random.nextInt(related.size())));
        }
        if (random.nextInt(100) < 40) {
            String format = pick(random, COMPOUND_SENTENCES);
            chosen.add(String.format(Locale.ROOT, format, compound(random), compound(random)));
        }
        chosen.add(switch (random.nextInt(3)) {
            case 0 -> "U vindt " + organization.name() + " in " + place + ".";
            case 1 -> "Deze dienst wordt gegeven door " + organization.name() + ".";
            default -> "Kom gerust langs of bel ons voor een afspraak in " + place + ".";
        });
        return String.join(" ", chosen);
    }

    private List<Hsds.Schedule> schedules(SplittableRandom random, String serviceId) {
        List<Hsds.Schedule> schedules = new ArrayList<>();
        int kind = random.nextInt(100);
        if (kind < 35) {
            schedules.add(schedule(random, serviceId, "MO,TU,WE,TH,FR", random.nextBoolean() ? "09:00" : "08:30",
                    random.nextBoolean() ? "17:00" : "16:30", "Op werkdagen"));
        } else if (kind < 55) {
            String days = days(random, 1 + random.nextInt(3), 5);
            schedules.add(schedule(random, serviceId, days, "09:30", "12:00", "Ochtend"));
        } else if (kind < 70) {
            String days = days(random, 1 + random.nextInt(2), 5);
            schedules.add(schedule(random, serviceId, days, "13:30", "16:00", "Middag"));
        } else if (kind < 82) {
            schedules.add(schedule(random, serviceId, days(random, 1, 5), "19:00", "21:30", "Avond"));
        } else if (kind < 87) {
            schedules.add(schedule(random, serviceId, "SA", "10:00", "14:00", "Zaterdag"));
        } else if (kind < 90) {
            schedules.add(schedule(random, serviceId, "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Dag en nacht"));
        } else if (kind < 92) {
            schedules.add(schedule(random, serviceId, days(random, 2, 7), "22:00", "02:00", "Nacht"));
        }
        if (!schedules.isEmpty() && random.nextInt(100) < 25) {
            schedules.add(schedule(random, serviceId, days(random, 1, 5), "18:30", "20:30", "Avondspreekuur"));
        }
        return schedules;
    }

    private Hsds.Schedule schedule(SplittableRandom random, String serviceId, String byday, String opens,
            String closes, String when) {
        return new Hsds.Schedule(uuid(random), serviceId, null, null, null, "Europe/Amsterdam", null, null, null,
                "WEEKLY", null, byday, null, null, null, when + ": " + dayNames(byday) + " " + opens + "–" + closes,
                opens, closes, null, null, null);
    }

    private static String days(SplittableRandom random, int count, int outOf) {
        List<String> days = new ArrayList<>();
        int start = random.nextInt(outOf);
        for (int i = 0; i < count; i++) {
            days.add(DAYS[(start + i * 2) % outOf]);
        }
        return String.join(",", days.stream().distinct().sorted((a, b) -> indexOf(a) - indexOf(b)).toList());
    }

    private static String dayNames(String byday) {
        List<String> names = new ArrayList<>();
        for (String day : byday.split(",")) {
            names.add(DAY_NAMES[indexOf(day)]);
        }
        return String.join(", ", names);
    }

    private static int indexOf(String day) {
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equals(day)) {
                return i;
            }
        }
        return 0;
    }

    private List<Hsds.CostOption> costs(SplittableRandom random, String serviceId) {
        int kind = random.nextInt(100);
        if (kind < 55) {
            return List.of(new Hsds.CostOption(uuid(random), serviceId, null, null, "Gratis", "EUR", 0.0, null));
        }
        if (kind < 85) {
            double amount = (2 + random.nextInt(120)) / 2.0;
            String per = pick(random, new String[] {"per keer", "per maand", "per uur", "per jaar", "per rit"});
            return List.of(new Hsds.CostOption(uuid(random), serviceId, null, null, "Eigen bijdrage", "EUR", amount,
                    String.format(Locale.ROOT, "€ %.2f %s", amount, per)));
        }
        return List.of();
    }

    private List<Hsds.Language> languages(SplittableRandom random, String serviceId) {
        List<Hsds.Language> languages = new ArrayList<>();
        languages.add(new Hsds.Language(uuid(random), serviceId, "Nederlands", "nl", null));
        int roll = random.nextInt(100);
        int extra = roll < 60 ? 0 : roll < 85 ? 1 : roll < 95 ? 2 : 3;
        int start = random.nextInt(LANGUAGES.length);
        for (int i = 0; i < extra; i++) {
            String[] language = LANGUAGES[(start + i * 3) % LANGUAGES.length];
            languages.add(new Hsds.Language(uuid(random), serviceId, language[1], language[0], null));
        }
        return languages;
    }

    private List<Hsds.Attribute> attributes(SplittableRandom random, String serviceId, Hsds.Service template) {
        List<Hsds.Attribute> attributes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Hsds.Attribute attribute : template.attributes()) {
            seen.add(attribute.taxonomyTerm().id());
            attributes.add(attribute(random, serviceId, attribute.taxonomyTerm()));
        }
        if (random.nextInt(100) < 20) {
            List<String> codes = List.copyOf(CATEGORIES.keySet());
            String code = codes.get(random.nextInt(codes.size()));
            addIfNew(random, serviceId, attributes, seen, term("wegwijs-categorie", code, CATEGORIES.get(code)));
        }
        if (random.nextInt(100) < 20) {
            List<String> codes = List.copyOf(GROUPS.keySet());
            String code = codes.get(random.nextInt(codes.size()));
            addIfNew(random, serviceId, attributes, seen, term("wegwijs-doelgroep", code, GROUPS.get(code)));
        }
        return attributes;
    }

    private static void addIfNew(SplittableRandom random, String serviceId, List<Hsds.Attribute> attributes,
            List<String> seen, Hsds.TaxonomyTerm term) {
        if (!seen.contains(term.id())) {
            seen.add(term.id());
            attributes.add(attribute(random, serviceId, term));
        }
    }

    private static Hsds.Attribute attribute(SplittableRandom random, String serviceId, Hsds.TaxonomyTerm term) {
        return new Hsds.Attribute(uuid(random), serviceId, "service", "service", term.id(), null, null, term);
    }

    private static Hsds.TaxonomyTerm term(String taxonomy, String code, String name) {
        return new Hsds.TaxonomyTerm(taxonomy + ":" + code, code, name, null, null, taxonomy, "nl", null, null);
    }

    private String compound(SplittableRandom random) {
        return compoundParts.get(random.nextInt(compoundParts.size()))
                + compoundParts.get(random.nextInt(compoundParts.size()));
    }

    static String primaryCategory(Hsds.Service service) {
        return service.attributes().stream().map(Hsds.Attribute::taxonomyTerm)
                .filter(term -> "wegwijs-categorie".equals(term.taxonomy())).map(Hsds.TaxonomyTerm::code)
                .findFirst().orElse("ontmoeting");
    }

    private static List<String> sentences(String text) {
        return List.of(text.strip().split("(?<=[.!?])\\s+"));
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private static String uuid(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static byte[] resource(String path) {
        try (InputStream in = SyntheticDirectory.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
