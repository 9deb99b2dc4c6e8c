package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;

/** Dutch postcodes (PC4 "7941" and PC6 "7941 AK") to a point, from the dataset's postcodes.tsv. */
public final class Postcodes {

    /** A point on the map. */
    public record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> points;

    private Postcodes(Map<String, Point> points) {
        this.points = Map.copyOf(points);
    }

    static Postcodes load(Resource resource) {
        Map<String, Point> points = new HashMap<>();
        if (resource.exists()) {
            try {
                for (String line : resource.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
                    String[] columns = line.split("\t");
                    if (line.startsWith("#") || columns.length < 6 || columns[0].equals("postcode")) {
                        continue;
                    }
                    points.put(columns[0], new Point(Double.parseDouble(columns[4]), Double.parseDouble(columns[5])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new Postcodes(points);
    }

    /** The point of a PC6 postcode, else of its PC4 area; empty for an unknown or malformed postcode. */
    public Optional<Point> locate(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String normalized = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!normalized.matches("[1-9][0-9]{3}([A-Z]{2})?")) {
            return Optional.empty();
        }
        return Optional.ofNullable(points.get(normalized))
                .or(() -> Optional.ofNullable(points.get(normalized.substring(0, 4))));
    }

    /** Whether the text looks like a Dutch postcode at all (known or not). */
    public static boolean isWellFormed(String postcode) {
        return postcode != null && postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)
                .matches("[1-9][0-9]{3}([A-Z]{2})?");
    }
}
