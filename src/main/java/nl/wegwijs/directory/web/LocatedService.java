package nl.wegwijs.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wegwijs.directory.hsds.Hsds;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS service_at_location with its location and service nested, as listed by
 * {@code GET /service_at_locations}; {@code distance} in metres when a postcode was given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record LocatedService(
        String id,
        String serviceId,
        String locationId,
        String description,
        Hsds.Location location,
        Hsds.Service service,
        Long distance) {
}
