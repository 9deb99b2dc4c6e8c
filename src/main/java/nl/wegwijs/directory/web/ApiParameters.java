package nl.wegwijs.directory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import nl.wegwijs.directory.search.Postcodes;

/** Strict reading of the HSDS API's query parameters, with a precise message for each mistake. */
final class ApiParameters {

    static final int MAX_PER_PAGE = 1000;
    static final int MAX_RESULTS = 10_000;
    static final int MAX_SEARCH_LENGTH = 200;
    static final int MAX_PROXIMITY = 200_000;

    private ApiParameters() {
    }

    static int page(String value) {
        int page = integer("page", value, 1);
        if (page < 1) {
            throw new BadRequestException("page must be 1 or more");
        }
        return page;
    }

    static int perPage(String value) {
        int perPage = integer("per_page", value, 50);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new BadRequestException("per_page must be between 1 and " + MAX_PER_PAGE);
        }
        return perPage;
    }

    static int offset(int page, int perPage) {
        long offset = (long) (page - 1) * perPage;
        if (offset + perPage > MAX_RESULTS) {
            throw new BadRequestException("page * per_page may not exceed " + MAX_RESULTS
                    + "; narrow the request with search, taxonomy_term_id or modified_after");
        }
        return (int) offset;
    }

    static String search(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SEARCH_LENGTH) {
            throw new BadRequestException("search may be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        return value;
    }

    static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[A-Za-z0-9._:~-]{1,200}")) {
            throw new BadRequestException(name + " is not a valid id");
        }
        return value;
    }

    static Instant modifiedAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(nl.wegwijs.directory.Directory.ZONE).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new BadRequestException("modified_after must be a date (2026-01-31) or date-time"
                        + " (2026-01-31T12:00:00Z)");
            }
        }
    }

    static Postcodes.Point postcode(Postcodes postcodes, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Postcodes.isWellFormed(value)) {
            throw new BadRequestException("postcode must be a Dutch postcode such as 7941 or 7941 AK");
        }
        return postcodes.locate(value).orElseThrow(() ->
                new BadRequestException("postcode " + value.strip() + " is not in this municipality's area"));
    }

    /** A yes/no filter: true, ja, yes or 1 switch it on; false, nee, no, 0 or nothing leave it off. */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "ja", "yes", "1" -> true;
            case "false", "nee", "no", "0" -> false;
            default -> throw new BadRequestException(name + " must be true or false");
        };
    }

    static Integer proximity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int meters = integer("proximity", value, 0);
        if (meters < 1 || meters > MAX_PROXIMITY) {
            throw new BadRequestException("proximity must be a distance in metres between 1 and " + MAX_PROXIMITY);
        }
        return meters;
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number");
        }
    }
}
