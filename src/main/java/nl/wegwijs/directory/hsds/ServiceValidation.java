package nl.wegwijs.directory.hsds;

import static nl.wegwijs.directory.hsds.Hsds.orEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one HSDS service before it may enter the directory; returns precise reasons, English. */
public final class ServiceValidation {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:~-]{1,100}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    private static final Pattern BYDAY = Pattern.compile("(?:[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed", "draft");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");

    private ServiceValidation() {
    }

    public static List<String> problems(Hsds.Service s) {
        List<String> problems = new ArrayList<>();
        id(problems, "id", s.id());
        text(problems, "name", s.name(), 300, true);
        text(problems, "description", s.description(), 20_000, false);
        text(problems, "url", s.url(), 1000, false);
        text(problems, "email", s.email(), 300, false);
        if (s.status() == null || !STATUSES.contains(s.status())) {
            problems.add("status must be one of " + STATUSES);
        }
        range(problems, "minimum_age", s.minimumAge());
        range(problems, "maximum_age", s.maximumAge());
        if (s.minimumAge() != null && s.maximumAge() != null && s.minimumAge() > s.maximumAge()) {
            problems.add("minimum_age is above maximum_age");
        }
        if (s.organization() == null) {
            problems.add("organization is missing (the nested organization object is required)");
        } else {
            id(problems, "organization.id", s.organization().id());
            text(problems, "organization.name", s.organization().name(), 300, true);
            if (s.organizationId() != null && !s.organizationId().equals(s.organization().id())) {
                problems.add("organization_id does not match organization.id");
            }
        }
        int i = 0;
        for (Hsds.ServiceAtLocation at : orEmpty(s.serviceAtLocations())) {
            location(problems, "service_at_locations[" + i++ + "]", at);
        }
        i = 0;
        for (Hsds.Phone phone : orEmpty(s.phones())) {
            String path = "phones[" + i++ + "]";
            id(problems, path + ".id", phone.id());
            text(problems, path + ".number", phone.number(), 100, true);
        }
        i = 0;
        for (Hsds.Schedule schedule : orEmpty(s.schedules())) {
            schedule(problems, "schedules[" + i++ + "]", schedule);
        }
        i = 0;
        for (Hsds.CostOption cost : orEmpty(s.costOptions())) {
            String path = "cost_options[" + i++ + "]";
            id(problems, path + ".id", cost.id());
            if (cost.amount() != null && (cost.amount() < 0 || cost.amount().isNaN() || cost.amount().isInfinite())) {
                problems.add(path + ".amount must be zero or more");
            }
            if (cost.currency() != null && !cost.currency().matches("[A-Z]{3}")) {
                problems.add(path + ".currency must be a three-letter ISO 4217 code");
            }
        }
        i = 0;
        for (Hsds.Language language : orEmpty(s.languages())) {
            String path = "languages[" + i++ + "]";
            id(problems, path + ".id", language.id());
            text(problems, path + ".code", language.code(), 20, false);
        }
        i = 0;
        for (Hsds.ServiceArea area : orEmpty(s.serviceAreas())) {
            String path = "service_areas[" + i++ + "]";
            id(problems, path + ".id", area.id());
            text(problems, path + ".name", area.name(), 300, false);
        }
        i = 0;
        for (Hsds.Attribute attribute : orEmpty(s.attributes())) {
            String path = "attributes[" + i++ + "]";
            id(problems, path + ".id", attribute.id());
            if (attribute.taxonomyTerm() == null) {
                problems.add(path + ".taxonomy_term is missing");
            } else {
                text(problems, path + ".taxonomy_term.id", attribute.taxonomyTerm().id(), 200, true);
                text(problems, path + ".taxonomy_term.name", attribute.taxonomyTerm().name(), 300, true);
                if (attribute.taxonomyTermId() != null && !attribute.taxonomyTermId().equals(attribute.taxonomyTerm().id())) {
                    problems.add(path + ".taxonomy_term_id does not match taxonomy_term.id");
                }
            }
        }
        return problems;
    }

    private static void location(List<String> problems, String path, Hsds.ServiceAtLocation at) {
        id(problems, path + ".id", at.id());
        Hsds.Location location = at.location();
        if (location == null) {
            problems.add(path + ".location is missing");
            return;
        }
        id(problems, path + ".location.id", location.id());
        if (at.locationId() != null && !at.locationId().equals(location.id())) {
            problems.add(path + ".location_id does not match location.id");
        }
        if (location.locationType() == null || !LOCATION_TYPES.contains(location.locationType())) {
            problems.add(path + ".location.location_type must be one of " + LOCATION_TYPES);
        }
        if ((location.latitude() == null) != (location.longitude() == null)) {
            problems.add(path + ".location needs both latitude and longitude, or neither");
        }
        if (location.latitude() != null && !(location.latitude() >= -90 && location.latitude() <= 90)) {
            problems.add(path + ".location.latitude must be between -90 and 90");
        }
        if (location.longitude() != null && !(location.longitude() >= -180 && location.longitude() <= 180)) {
            problems.add(path + ".location.longitude must be between -180 and 180");
        }
        int i = 0;
        for (Hsds.Address address : orEmpty(location.addresses())) {
            String addressPath = path + ".location.addresses[" + i++ + "]";
            id(problems, addressPath + ".id", address.id());
            text(problems, addressPath + ".postal_code", address.postalCode(), 20, false);
        }
        i = 0;
        for (Hsds.Accessibility accessibility : orEmpty(location.accessibility())) {
            id(problems, path + ".location.accessibility[" + i++ + "].id", accessibility.id());
        }
    }

    private static void schedule(List<String> problems, String path, Hsds.Schedule schedule) {
        id(problems, path + ".id", schedule.id());
        if (schedule.freq() != null && !FREQUENCIES.contains(schedule.freq())) {
            problems.add(path + ".freq must be one of " + FREQUENCIES);
        }
        if (schedule.byday() != null && !BYDAY.matcher(schedule.byday()).matches()) {
            problems.add(path + ".byday must be RFC 5545 days such as MO,WE,FR");
        }
        for (var time : List.of(List.of("opens_at", String.valueOf(schedule.opensAt())),
                List.of("closes_at", String.valueOf(schedule.closesAt())))) {
            if (!"null".equals(time.get(1)) && !TIME.matcher(time.get(1)).matches()) {
                problems.add(path + "." + time.get(0) + " must be a time HH:MM");
            }
        }
        if (schedule.interval() != null && schedule.interval() < 1) {
            problems.add(path + ".interval must be 1 or more");
        }
    }

    private static void id(List<String> problems, String path, String id) {
        if (id == null || id.isBlank()) {
            problems.add(path + " is missing");
        } else if (!ID.matcher(id).matches()) {
            problems.add(path + " must be 1 to 100 letters, digits or . _ : ~ -");
        }
    }

    private static void text(List<String> problems, String path, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(path + " is missing");
            }
        } else if (value.length() > max) {
            problems.add(path + " is longer than " + max + " characters");
        }
    }

    private static void range(List<String> problems, String path, Integer age) {
        if (age != null && (age < 0 || age > 150)) {
            problems.add(path + " must be between 0 and 150");
        }
    }

}
