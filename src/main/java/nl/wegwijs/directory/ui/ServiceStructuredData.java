package nl.wegwijs.directory.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.wegwijs.directory.hsds.Hsds;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service as schema.org JSON-LD for search engines: a {@code Service} with its provider,
 * channels (places with address and opening hours, phone, online) and price. Written by Jackson
 * with {@code <}, {@code >} and {@code &} escaped, so data can never close the script element.
 */
final class ServiceStructuredData {

    private static final JsonMapper JSON = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build()).build();

    private ServiceStructuredData() {
    }

    /** The JSON-LD text for a {@code <script type="application/ld+json">} element. */
    static String of(Hsds.Service service, String pageUrl, LocalDate today) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Service");
        root.put("name", service.name());
        putIfPresent(root, "description", service.description());
        root.put("url", pageUrl);
        root.set("provider", provider(service.organization()));
        ServiceTerms terms = ServiceTerms.of(service);
        terms.categories().stream().findFirst().ifPresent(category -> root.put("serviceType", category.name()));
        if (!terms.groups().isEmpty()) {
            ObjectNode audience = root.putObject("audience").put("@type", "Audience");
            audience.put("audienceType", String.join(", ", terms.groups().stream().map(Hsds.TaxonomyTerm::name).toList()));
        }
        ArrayNode areas = JSON.createArrayNode();
        Hsds.orEmpty(service.serviceAreas()).stream().map(Hsds.ServiceArea::name).filter(ContactLinks::present)
                .forEach(name -> areas.addObject().put("@type", "AdministrativeArea").put("name", name));
        if (!areas.isEmpty()) {
            root.set("areaServed", areas);
        }
        if (ServiceTerms.isFree(service)) {
            root.putObject("offers").put("@type", "Offer").put("price", 0).put("priceCurrency", "EUR");
        }
        root.set("availableChannel", channels(service, WeekSchedule.of(service.schedules(), today)));
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode provider(Hsds.Organization organization) {
        ObjectNode provider = JSON.createObjectNode().put("@type", "Organization").put("name", organization.name());
        ContactLinks.website(organization.website()).ifPresent(url -> provider.put("url", url));
        ContactLinks.mailto(organization.email()).ifPresent(mail -> provider.put("email", organization.email().strip()));
        return provider;
    }

    private static ArrayNode channels(Hsds.Service service, WeekSchedule week) {
        ArrayNode channels = JSON.createArrayNode();
        for (Hsds.ServiceAtLocation at : Hsds.orEmpty(service.serviceAtLocations())) {
            Hsds.Location location = at.location();
            if (location == null) {
                continue;
            }
            ObjectNode channel = channels.addObject().put("@type", "ServiceChannel");
            putIfPresent(channel, "name", location.name());
            if ("virtual".equals(location.locationType())) {
                ContactLinks.website(location.url()).ifPresent(url -> channel.put("serviceUrl", url));
                continue;
            }
            ObjectNode place = channel.putObject("serviceLocation").put("@type", "Place");
            putIfPresent(place, "name", location.name());
            Hsds.orEmpty(location.addresses()).stream().findFirst().ifPresent(address -> {
                ObjectNode postal = place.putObject("address").put("@type", "PostalAddress");
                putIfPresent(postal, "streetAddress", address.address1());
                putIfPresent(postal, "postalCode", address.postalCode());
                putIfPresent(postal, "addressLocality", address.city());
                putIfPresent(postal, "addressRegion", address.stateProvince());
                putIfPresent(postal, "addressCountry", address.country());
            });
            if (location.latitude() != null && location.longitude() != null) {
                place.putObject("geo").put("@type", "GeoCoordinates")
                        .put("latitude", location.latitude()).put("longitude", location.longitude());
            }
            place.set("openingHoursSpecification", hours(week));
        }
        Hsds.orEmpty(service.phones()).stream().filter(phone -> ContactLinks.present(phone.number())).findFirst()
                .ifPresent(phone -> {
                    ObjectNode contact = channels.addObject().put("@type", "ServiceChannel")
                            .putObject("servicePhone").put("@type", "ContactPoint").put("telephone", phone.number().strip());
                    contact.set("hoursAvailable", hours(week));
                });
        ContactLinks.website(service.url()).ifPresent(url ->
                channels.addObject().put("@type", "ServiceChannel").put("serviceUrl", url));
        return channels;
    }

    /** Weekly hours; every-other-week hours are left out, schema.org cannot say "every other week". */
    private static ArrayNode hours(WeekSchedule week) {
        ArrayNode hours = JSON.createArrayNode();
        for (WeekSchedule.Day day : week.days()) {
            day.openings().stream().filter(opening -> !opening.everyOtherWeek()).forEach(opening -> hours.addObject()
                    .put("@type", "OpeningHoursSpecification")
                    .put("dayOfWeek", "https://schema.org/" + day.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .put("opens", opening.opens().toString())
                    .put("closes", opening.untilMidnight() ? "23:59" : opening.closes().toString()));
        }
        return hours;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (ContactLinks.present(value)) {
            node.put(field, value.strip());
        }
    }

    /** JSON's own escapes plus {@code <}, {@code >} and {@code &} as {@code \u003C}-style escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
