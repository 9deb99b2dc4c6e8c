package nl.wegwijs.directory;

import java.time.LocalDate;
import java.util.List;

/** One page of the editors' list of services, and how many there are in all. */
public record EditorListing(long total, List<Row> rows) {

    /** Which services the editors' list shows. */
    public enum Filter {
        ALL, STALE, DRAFT, INACTIVE
    }

    /** One service in the list; {@code stale} when it was not checked in the last twelve months. */
    public record Row(String id, String name, String organization, String status, LocalDate assuredDate,
            boolean stale) {
    }
}
