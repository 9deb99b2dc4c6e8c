package nl.wegwijs.directory;

import static nl.wegwijs.directory.hsds.Hsds.orEmpty;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Postcodes;

/**
 * Builds the HSDS service an editor's draft describes, on top of what was stored: parts the form
 * does not show (languages, service areas, online locations, other schedules, accessibility) are
 * kept, and a part the editor left unchanged keeps its stored objects exactly.
 */
final class ServiceAssembly {

    private final Postcodes postcodes;
    private final Map<String, Hsds.TaxonomyTerm> terms;

    ServiceAssembly(Postcodes postcodes, Map<String, Hsds.TaxonomyTerm> terms) {
        this.postcodes = postcodes;
        this.terms = terms;
    }

    /** The service for a draft; {@code base} is the stored service, or null for a new one. */
    Hsds.Service assemble(String id, Hsds.Service base, ServiceDraft d, Hsds.Organization organization, String status,
            LocalDate assuredDate, Instant now) {
        ServiceDraft before = base == null ? null : DraftMapping.draft(base);
        Set<String> changed = before == null ? Set.copyOf(ServiceDraft.FIELDS) : Set.copyOf(d.changedFields(before));
        return new Hsds.Service(id, organization.id(), d.name(), base == null ? null : base.alternateName(),
                d.description(), d.website(), d.email(), status, base == null ? null : base.applicationProcess(),
                base == null ? null : base.eligibilityDescription(), base == null ? null : base.feesDescription(),
                base == null ? null : base.minimumAge(), base == null ? null : base.maximumAge(), assuredDate,
                base == null ? null : base.assurerEmail(), now, organization,
                changed.contains("locations") ? locations(id, base, d) : base.serviceAtLocations(),
                changed.contains("phone") ? phones(id, base, d) : base.phones(),
                changed.contains("hours") ? schedules(id, base, d) : base.schedules(),
                changed.contains("cost") ? costs(id, d) : base.costOptions(),
                base == null ? List.of(dutch(id)) : base.languages(),
                base == null ? List.of() : base.serviceAreas(),
                changed.stream().anyMatch(Set.of("access", "categories", "groups")::contains) ? attributes(id, base, d)
                        : base.attributes());
    }

    private List<Hsds.ServiceAtLocation> locations(String serviceId, Hsds.Service base, ServiceDraft d) {
        Map<String, Hsds.ServiceAtLocation> stored = new LinkedHashMap<>();
        List<Hsds.ServiceAtLocation> result = new ArrayList<>();
        for (Hsds.ServiceAtLocation at : base == null ? List.<Hsds.ServiceAtLocation>of() : orEmpty(base.serviceAtLocations())) {
            if (DraftMapping.isEditable(at)) {
                stored.put(at.location().id(), at);
            } else {
                result.add(at);
            }
        }
        for (ServiceDraft.Location l : d.locations()) {
            Hsds.ServiceAtLocation at = l.id() == null ? null : stored.get(l.id());
            String locationId = at == null ? newId() : at.location().id();
            Hsds.Location old = at == null ? null : at.location();
            Double latitude = l.latitude() == null ? null : DraftValidation.coordinate(l.latitude(), 90);
            Double longitude = l.longitude() == null ? null : DraftValidation.coordinate(l.longitude(), 180);
            if (latitude == null || longitude == null) {
                // No coordinates typed: place it at its postcode, so distance and "near me" still work.
                var point = postcodes.locate(l.postcode());
                latitude = point.map(Postcodes.Point::latitude).orElse(null);
                longitude = point.map(Postcodes.Point::longitude).orElse(null);
            }
            List<Hsds.Address> addresses = new ArrayList<>(old == null ? List.of() : orEmpty(old.addresses()));
            Hsds.Address first = addresses.isEmpty() ? null : addresses.removeFirst();
            String postcode = l.postcode().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
            addresses.addFirst(new Hsds.Address(first == null ? newId() : first.id(), locationId,
                    first == null ? null : first.attention(), l.street(), first == null ? null : first.address2(),
                    l.city(), first == null ? null : first.region(), first == null ? null : first.stateProvince(),
                    postcode, first == null ? "NL" : first.country(), first == null ? "physical" : first.addressType()));
            Hsds.Location location = new Hsds.Location(locationId, "physical", old == null ? null : old.url(),
                    l.name(), old == null ? null : old.alternateName(), old == null ? null : old.description(),
                    old == null ? null : old.transportation(), latitude, longitude, addresses,
                    old == null ? List.of() : old.accessibility());
            result.add(new Hsds.ServiceAtLocation(at == null ? newId() : at.id(), serviceId, locationId,
                    at == null ? null : at.description(), location));
        }
        return result;
    }

    private static List<Hsds.Phone> phones(String serviceId, Hsds.Service base, ServiceDraft d) {
        List<Hsds.Phone> phones = new ArrayList<>(base == null ? List.of() : orEmpty(base.phones()));
        Hsds.Phone first = phones.isEmpty() ? null : phones.removeFirst();
        if (d.phone() != null) {
            phones.addFirst(new Hsds.Phone(first == null ? newId() : first.id(), serviceId, d.phone(),
                    first == null ? null : first.extension(), first == null ? "voice" : first.type(),
                    first == null ? null : first.description()));
        }
        return phones;
    }

    /** Periods with the same times become one weekly schedule over their days; other schedules stay. */
    private static List<Hsds.Schedule> schedules(String serviceId, Hsds.Service base, ServiceDraft d) {
        List<Hsds.Schedule> result = new ArrayList<>();
        Map<List<String>, List<DayOfWeek>> days = new LinkedHashMap<>();
        for (ServiceDraft.Hours h : d.sortedHours()) {
            days.computeIfAbsent(List.of(h.opens().toString(), h.closes().toString()), k -> new ArrayList<>()).add(h.day());
        }
        Function<DayOfWeek, String> code = day -> DraftMapping.DAYS.entrySet().stream()
                .filter(e -> e.getValue() == day).findFirst().orElseThrow().getKey();
        days.forEach((times, list) -> result.add(new Hsds.Schedule(newId(), serviceId, null, null, null,
                "Europe/Amsterdam", null, null, null, "WEEKLY", null,
                list.stream().distinct().sorted().map(code).collect(Collectors.joining(",")), null, null, null, null,
                times.get(0), times.get(1), null, null, null)));
        if (base != null) {
            orEmpty(base.schedules()).stream().filter(h -> !DraftMapping.isSimple(h)).forEach(result::add);
        }
        return result;
    }

    private static List<Hsds.CostOption> costs(String serviceId, ServiceDraft d) {
        if (d.free()) {
            return List.of(new Hsds.CostOption(newId(), serviceId, null, null, "Gratis", "EUR", 0.0, null));
        }
        var amount = d.costAmount() == null ? null : DraftValidation.amount(d.costAmount());
        return List.of(new Hsds.CostOption(newId(), serviceId, null, null,
                d.costDescription() == null ? "Eigen bijdrage" : d.costDescription(), "EUR",
                amount == null ? null : amount.doubleValue(), null));
    }

    private List<Hsds.Attribute> attributes(String serviceId, Hsds.Service base, ServiceDraft d) {
        Map<String, Hsds.Attribute> stored = new LinkedHashMap<>();
        List<Hsds.Attribute> others = new ArrayList<>();
        for (Hsds.Attribute a : base == null ? List.<Hsds.Attribute>of() : orEmpty(base.attributes())) {
            String taxonomy = a.taxonomyTerm() == null ? null : a.taxonomyTerm().taxonomy();
            if (Set.of(DraftMapping.CATEGORY, DraftMapping.GROUP, DraftMapping.ACCESS).contains(taxonomy)) {
                stored.putIfAbsent(a.taxonomyTerm().id(), a);
            } else {
                others.add(a);
            }
        }
        List<String> chosen = new ArrayList<>(d.categoryIds());
        chosen.addAll(d.groupIds());
        chosen.add(d.accessTermId());
        List<Hsds.Attribute> result = new ArrayList<>();
        for (String termId : chosen.stream().filter(Objects::nonNull).distinct().toList()) {
            Hsds.Attribute old = stored.get(termId);
            Hsds.TaxonomyTerm term = terms.get(termId);
            if (old != null) {
                result.add(old);
            } else if (term != null) {
                result.add(new Hsds.Attribute(newId(), serviceId, "service", "service", termId, null, null, term));
            }
        }
        result.addAll(others);
        return result;
    }

    private static Hsds.Language dutch(String serviceId) {
        return new Hsds.Language(newId(), serviceId, "Nederlands", "nl", null);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
