package nl.wegwijs.directory.store;

import static nl.wegwijs.directory.store.DirectoryStore.list;
import static nl.wegwijs.directory.store.DirectoryStore.timestamp;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** The rows one batch of services turns into, per table, in the order they must be inserted. */
final class DirectoryRows {

    private static final Map<String, String> INSERTS = inserts();

    private final Map<String, List<SqlParameterSource>> rows = new LinkedHashMap<>();

    DirectoryRows() {
        INSERTS.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
    }

    void addLocationDetails(Hsds.Location location) {
        int position = 0;
        for (Hsds.Address a : list(location.addresses())) {
            add("directory_address", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("locationId", location.id()).addValue("attention", a.attention())
                    .addValue("address1", a.address1()).addValue("address2", a.address2()).addValue("city", a.city())
                    .addValue("region", a.region()).addValue("stateProvince", a.stateProvince())
                    .addValue("postalCode", a.postalCode()).addValue("country", a.country())
                    .addValue("addressType", a.addressType()).addValue("position", position++));
        }
        position = 0;
        for (Hsds.Accessibility a : list(location.accessibility())) {
            add("directory_accessibility", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("locationId", location.id()).addValue("description", a.description())
                    .addValue("details", a.details()).addValue("url", a.url()).addValue("position", position++));
        }
    }

    void addService(Hsds.Service s, long version) {
        add("directory_service", new MapSqlParameterSource()
                .addValue("id", s.id()).addValue("organizationId", s.organization().id()).addValue("name", s.name())
                .addValue("alternateName", s.alternateName()).addValue("description", s.description())
                .addValue("url", s.url()).addValue("email", s.email()).addValue("status", s.status())
                .addValue("applicationProcess", s.applicationProcess())
                .addValue("eligibilityDescription", s.eligibilityDescription())
                .addValue("feesDescription", s.feesDescription())
                .addValue("minimumAge", s.minimumAge(), Types.INTEGER).addValue("maximumAge", s.maximumAge(), Types.INTEGER)
                .addValue("assuredDate", s.assuredDate(), Types.DATE).addValue("assurerEmail", s.assurerEmail())
                .addValue("lastModified", timestamp(s.lastModified()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("version", version));
        int position = 0;
        for (Hsds.ServiceAtLocation at : list(s.serviceAtLocations())) {
            add("directory_service_at_location", new MapSqlParameterSource()
                    .addValue("id", at.id()).addValue("serviceId", s.id()).addValue("locationId", at.location().id())
                    .addValue("description", at.description()).addValue("position", position++));
        }
        position = 0;
        for (Hsds.Phone p : list(s.phones())) {
            add("directory_phone", new MapSqlParameterSource()
                    .addValue("id", p.id()).addValue("serviceId", s.id()).addValue("number", p.number())
                    .addValue("extension", p.extension()).addValue("type", p.type())
                    .addValue("description", p.description()).addValue("position", position++));
        }
        position = 0;
        for (Hsds.Schedule h : list(s.schedules())) {
            add("directory_schedule", new MapSqlParameterSource()
                    .addValue("id", h.id()).addValue("serviceId", s.id())
                    .addValue("validFrom", h.validFrom(), Types.DATE).addValue("validTo", h.validTo(), Types.DATE)
                    .addValue("dtstart", h.dtstart(), Types.DATE).addValue("timezone", h.timezone())
                    .addValue("until", h.until(), Types.DATE).addValue("count", h.count(), Types.INTEGER)
                    .addValue("wkst", h.wkst()).addValue("freq", h.freq()).addValue("interval", h.interval(), Types.INTEGER)
                    .addValue("byday", h.byday()).addValue("byweekno", h.byweekno())
                    .addValue("bymonthday", h.bymonthday()).addValue("byyearday", h.byyearday())
                    .addValue("description", h.description()).addValue("opensAt", h.opensAt())
                    .addValue("closesAt", h.closesAt()).addValue("scheduleLink", h.scheduleLink())
                    .addValue("attendingType", h.attendingType()).addValue("notes", h.notes())
                    .addValue("position", position++));
        }
        position = 0;
        for (Hsds.CostOption c : list(s.costOptions())) {
            add("directory_cost_option", new MapSqlParameterSource()
                    .addValue("id", c.id()).addValue("serviceId", s.id())
                    .addValue("validFrom", c.validFrom(), Types.DATE).addValue("validTo", c.validTo(), Types.DATE)
                    .addValue("option", c.option()).addValue("currency", c.currency())
                    .addValue("amount", c.amount(), Types.DOUBLE).addValue("amountDescription", c.amountDescription())
                    .addValue("position", position++));
        }
        position = 0;
        for (Hsds.Language l : list(s.languages())) {
            add("directory_language", new MapSqlParameterSource()
                    .addValue("id", l.id()).addValue("serviceId", s.id()).addValue("name", l.name())
                    .addValue("code", l.code()).addValue("note", l.note()).addValue("position", position++));
        }
        position = 0;
        for (Hsds.ServiceArea a : list(s.serviceAreas())) {
            add("directory_service_area", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("serviceId", s.id()).addValue("name", a.name())
                    .addValue("description", a.description()).addValue("extent", a.extent())
                    .addValue("extentType", a.extentType()).addValue("uri", a.uri()).addValue("position", position++));
        }
        position = 0;
        for (Hsds.Attribute a : list(s.attributes())) {
            add("directory_attribute", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("serviceId", s.id()).addValue("linkType", a.linkType())
                    .addValue("linkEntity", a.linkEntity()).addValue("termId", a.taxonomyTerm().id())
                    .addValue("value", a.value()).addValue("label", a.label()).addValue("position", position++));
        }
    }

    void insertInto(NamedParameterJdbcTemplate jdbc) {
        rows.forEach((table, batch) -> {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(INSERTS.get(table), batch.toArray(SqlParameterSource[]::new));
            }
        });
    }

    private void add(String table, SqlParameterSource row) {
        rows.get(table).add(row);
    }

    private static Map<String, String> inserts() {
        Map<String, String> inserts = new LinkedHashMap<>();
        inserts.put("directory_address", "INSERT INTO directory_address (id, location_id, attention, address_1,"
                + " address_2, city, region, state_province, postal_code, country, address_type, position) VALUES (:id,"
                + " :locationId, :attention, :address1, :address2, :city, :region, :stateProvince, :postalCode, :country,"
                + " :addressType, :position)");
        inserts.put("directory_accessibility", "INSERT INTO directory_accessibility (id, location_id, description,"
                + " details, url, position) VALUES (:id, :locationId, :description, :details, :url, :position)");
        inserts.put("directory_service", "INSERT INTO directory_service (id, organization_id, name, alternate_name,"
                + " description, url, email, status, application_process, eligibility_description, fees_description,"
                + " minimum_age, maximum_age, assured_date, assurer_email, last_modified, version) VALUES (:id, :organizationId,"
                + " :name, :alternateName, :description, :url, :email, :status, :applicationProcess,"
                + " :eligibilityDescription, :feesDescription, :minimumAge, :maximumAge, :assuredDate, :assurerEmail,"
                + " :lastModified, :version)");
        inserts.put("directory_service_at_location", "INSERT INTO directory_service_at_location (id, service_id,"
                + " location_id, description, position) VALUES (:id, :serviceId, :locationId, :description, :position)");
        inserts.put("directory_phone", "INSERT INTO directory_phone (id, service_id, phone_number, extension, type,"
                + " description, position) VALUES (:id, :serviceId, :number, :extension, :type, :description, :position)");
        inserts.put("directory_schedule", "INSERT INTO directory_schedule (id, service_id, valid_from, valid_to, dtstart,"
                + " time_zone, until_date, repeat_count, wkst, freq, repeat_interval, byday, byweekno, bymonthday,"
                + " byyearday, description, opens_at, closes_at, schedule_link, attending_type, notes, position) VALUES"
                + " (:id, :serviceId, :validFrom, :validTo, :dtstart, :timezone, :until, :count, :wkst, :freq, :interval,"
                + " :byday, :byweekno, :bymonthday, :byyearday, :description, :opensAt, :closesAt, :scheduleLink,"
                + " :attendingType, :notes, :position)");
        inserts.put("directory_cost_option", "INSERT INTO directory_cost_option (id, service_id, valid_from, valid_to,"
                + " option_label, currency, amount, amount_description, position) VALUES (:id, :serviceId, :validFrom,"
                + " :validTo, :option, :currency, :amount, :amountDescription, :position)");
        inserts.put("directory_language", "INSERT INTO directory_language (id, service_id, name, code, note, position)"
                + " VALUES (:id, :serviceId, :name, :code, :note, :position)");
        inserts.put("directory_service_area", "INSERT INTO directory_service_area (id, service_id, name, description,"
                + " extent, extent_type, uri, position) VALUES (:id, :serviceId, :name, :description, :extent,"
                + " :extentType, :uri, :position)");
        inserts.put("directory_attribute", "INSERT INTO directory_attribute (id, service_id, link_type, link_entity,"
                + " taxonomy_term_id, attribute_value, label, position) VALUES (:id, :serviceId, :linkType, :linkEntity,"
                + " :termId, :value, :label, :position)");
        return inserts;
    }
}
