package nl.wegwijs.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral HSDS 3.0 objects Wegwijs reads and writes, in the nested form the HSDS API
 * returns for {@code GET /services/{id}}. Field names follow HSDS (snake_case in JSON, see
 * {@link HsdsJson}). Fields HSDS defines but Wegwijs does not keep (funding, programs, contacts,
 * required documents, metadata) are not modelled and are dropped on import.
 */
public final class Hsds {

    private Hsds() {
    }

    /** The list, or an empty one for a field the data left out (HSDS lists are optional). */
    public static <T> java.util.List<T> orEmpty(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
    }

    /** A service with everything nested: the unit of import and export. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Service(
            String id,
            String organizationId,
            String name,
            String alternateName,
            String description,
            String url,
            String email,
            String status,
            String applicationProcess,
            String eligibilityDescription,
            String feesDescription,
            Integer minimumAge,
            Integer maximumAge,
            LocalDate assuredDate,
            String assurerEmail,
            Instant lastModified,
            Organization organization,
            List<ServiceAtLocation> serviceAtLocations,
            List<Phone> phones,
            List<Schedule> schedules,
            List<CostOption> costOptions,
            List<Language> languages,
            List<ServiceArea> serviceAreas,
            List<Attribute> attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Organization(
            String id,
            String name,
            String alternateName,
            String description,
            String email,
            String website) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ServiceAtLocation(
            String id,
            String serviceId,
            String locationId,
            String description,
            Location location) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Location(
            String id,
            String locationType,
            String url,
            String name,
            String alternateName,
            String description,
            String transportation,
            Double latitude,
            Double longitude,
            List<Address> addresses,
            List<Accessibility> accessibility) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Address(
            String id,
            String locationId,
            String attention,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            String city,
            String region,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Accessibility(
            String id,
            String locationId,
            String description,
            String details,
            String url) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Phone(
            String id,
            String serviceId,
            String number,
            String extension,
            String type,
            String description) {
    }

    /** Opening hours in RFC 5545 style (freq, byday, ...) with opens_at/closes_at as HH:MM. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Schedule(
            String id,
            String serviceId,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate dtstart,
            String timezone,
            LocalDate until,
            Integer count,
            String wkst,
            String freq,
            Integer interval,
            String byday,
            String byweekno,
            String bymonthday,
            String byyearday,
            String description,
            String opensAt,
            String closesAt,
            String scheduleLink,
            String attendingType,
            String notes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CostOption(
            String id,
            String serviceId,
            LocalDate validFrom,
            LocalDate validTo,
            String option,
            String currency,
            Double amount,
            String amountDescription) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Language(
            String id,
            String serviceId,
            String name,
            String code,
            String note) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ServiceArea(
            String id,
            String serviceId,
            String name,
            String description,
            String extent,
            String extentType,
            String uri) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Attribute(
            String id,
            String linkId,
            String linkType,
            String linkEntity,
            String taxonomyTermId,
            String value,
            String label,
            TaxonomyTerm taxonomyTerm) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TaxonomyTerm(
            String id,
            String code,
            String name,
            String description,
            String parentId,
            String taxonomy,
            String language,
            String taxonomyId,
            String termUri) {
    }

    /** The HSDS API's page envelope around a list. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page<T>(
            long totalItems,
            int totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {
    }
}
