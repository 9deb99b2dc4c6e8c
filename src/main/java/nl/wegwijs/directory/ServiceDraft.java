package nl.wegwijs.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an editor fills in for one service, as typed: numbers and amounts stay text so that a
 * wrong value can be reported and kept. {@link DirectoryEditing} checks it and turns it into HSDS.
 *
 * @param organizationId an existing organisation, or null when {@code newOrganizationName} is filled in
 * @param free true for free of charge, false for an own contribution ({@code costAmount}, {@code costDescription})
 * @param accessTermId the one 'wegwijs-toegang' term: how residents get the service
 */
public record ServiceDraft(
        String name,
        String description,
        String organizationId,
        String newOrganizationName,
        String phone,
        String email,
        String website,
        boolean free,
        String costAmount,
        String costDescription,
        String accessTermId,
        Set<String> categoryIds,
        Set<String> groupIds,
        List<Location> locations,
        List<Hours> hours) {

    /** The parts of a draft, as named in the edit history. */
    public static final List<String> FIELDS = List.of("name", "description", "organization", "phone", "email",
            "website", "cost", "access", "categories", "groups", "locations", "hours");

    public ServiceDraft {
        name = clean(name);
        description = clean(description);
        organizationId = clean(organizationId);
        newOrganizationName = clean(newOrganizationName);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        costAmount = free ? null : clean(costAmount);
        costDescription = free ? null : clean(costDescription);
        accessTermId = clean(accessTermId);
        categoryIds = categoryIds == null ? Set.of() : new TreeSet<>(categoryIds);
        groupIds = groupIds == null ? Set.of() : new TreeSet<>(groupIds);
        locations = locations == null ? List.of() : List.copyOf(locations);
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    /** One place where the service is given. Latitude and longitude may stay empty. */
    public record Location(String id, String name, String street, String postcode, String city, String latitude,
            String longitude) {

        public Location {
            id = clean(id);
            name = clean(name);
            street = clean(street);
            postcode = clean(postcode);
            city = clean(city);
            latitude = clean(latitude);
            longitude = clean(longitude);
        }
    }

    /** Open on one weekday from {@code opens} until {@code closes}; a day may have several periods. */
    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {

        static final Comparator<Hours> ORDER = Comparator.comparing(Hours::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Hours::opens, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Hours::closes, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Which parts differ from the other draft, in the order of {@link #FIELDS}. */
    public List<String> changedFields(ServiceDraft other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, other.name);
        compare(changed, "description", description, other.description);
        compare(changed, "organization", List.of(String.valueOf(organizationId), String.valueOf(newOrganizationName)),
                List.of(String.valueOf(other.organizationId), String.valueOf(other.newOrganizationName)));
        compare(changed, "phone", phone, other.phone);
        compare(changed, "email", email, other.email);
        compare(changed, "website", website, other.website);
        compare(changed, "cost", List.of(free, String.valueOf(costAmount), String.valueOf(costDescription)),
                List.of(other.free, String.valueOf(other.costAmount), String.valueOf(other.costDescription)));
        compare(changed, "access", accessTermId, other.accessTermId);
        compare(changed, "categories", categoryIds, other.categoryIds);
        compare(changed, "groups", groupIds, other.groupIds);
        compare(changed, "locations", locations, other.locations);
        compare(changed, "hours", sortedHours(), other.sortedHours());
        return changed;
    }

    /**
     * This editor's changes (this draft against {@code loaded}, what they started from) applied to
     * {@code latest}, what someone else saved meanwhile: parts only the other person changed keep
     * the other's version; parts this editor changed take this editor's version.
     */
    public ServiceDraft rebasedOnto(ServiceDraft loaded, ServiceDraft latest) {
        Set<String> mine = Set.copyOf(changedFields(loaded));
        boolean organization = mine.contains("organization");
        boolean cost = mine.contains("cost");
        return new ServiceDraft(pick(mine, "name", name, latest.name), pick(mine, "description", description,
                latest.description), organization ? organizationId : latest.organizationId,
                organization ? newOrganizationName : latest.newOrganizationName, pick(mine, "phone", phone, latest.phone),
                pick(mine, "email", email, latest.email), pick(mine, "website", website, latest.website),
                cost ? free : latest.free, cost ? costAmount : latest.costAmount,
                cost ? costDescription : latest.costDescription, pick(mine, "access", accessTermId, latest.accessTermId),
                pick(mine, "categories", categoryIds, latest.categoryIds), pick(mine, "groups", groupIds, latest.groupIds),
                pick(mine, "locations", locations, latest.locations), pick(mine, "hours", hours, latest.hours));
    }

    private static <T> T pick(Set<String> mine, String field, T my, T their) {
        return mine.contains(field) ? my : their;
    }

    /** The same draft with another phone number. */
    public ServiceDraft withPhone(String number) {
        return new ServiceDraft(name, description, organizationId, newOrganizationName, number, email, website, free,
                costAmount, costDescription, accessTermId, categoryIds, groupIds, locations, hours);
    }

    /** The opening hours by day and time: the order rows were typed in does not matter. */
    public List<Hours> sortedHours() {
        return hours.stream().sorted(Hours.ORDER).toList();
    }

    private static void compare(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }

    /** Trimmed, and null for nothing typed, so an untouched field equals its stored value. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
