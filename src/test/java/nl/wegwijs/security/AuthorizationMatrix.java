package nl.wegwijs.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.Role;

/**
 * The matrix file {@code security/authorization-matrix.tsv}: per view route and per public service
 * method, who may use it. Columns: kind ({@code view} or {@code method}), name, who (a comma list of
 * {@code ANONYMOUS} and roles, or {@code EVERYONE}, or {@code SIGNED_IN} for every role), and for
 * methods optionally {@code annotation: reason} when invoking it would have effects a rolled-back
 * transaction cannot undo.
 */
record AuthorizationMatrix(Map<String, Entry> entries) {

    static final String ANONYMOUS = "ANONYMOUS";
    static final List<String> IDENTITIES = identities();

    /** One row: who may, and whether the decision is checked by invoking or by evaluating the annotation. */
    record Entry(String kind, String name, Set<String> allowed, String annotationOnlyReason) {
    }

    static AuthorizationMatrix read(String resource) {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No matrix file at " + resource);
            }
            var entries = new LinkedHashMap<String, Entry>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String reason = columns.length > 3 && columns[3].startsWith("annotation:")
                        ? columns[3].substring("annotation:".length()).strip() : null;
                Entry entry = new Entry(columns[0], columns[1], parse(columns[2]), reason);
                if (entries.put(key(entry.kind(), entry.name()), entry) != null) {
                    throw new IllegalStateException("Listed twice: " + entry.name());
                }
            }
            return new AuthorizationMatrix(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String kind, String name) {
        return kind + " " + name;
    }

    /** The shortest way to write {@code allowed} in the file. */
    static String format(Set<String> allowed) {
        if (allowed.containsAll(IDENTITIES)) {
            return "EVERYONE";
        }
        if (!allowed.contains(ANONYMOUS) && allowed.size() == IDENTITIES.size() - 1) {
            return "SIGNED_IN";
        }
        if (allowed.isEmpty()) {
            return "NOBODY";
        }
        return IDENTITIES.stream().filter(allowed::contains).collect(Collectors.joining(","));
    }

    private static Set<String> parse(String column) {
        return switch (column.strip()) {
            case "EVERYONE" -> new LinkedHashSet<>(IDENTITIES);
            case "SIGNED_IN" -> IDENTITIES.stream().filter(id -> !id.equals(ANONYMOUS))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case "NOBODY" -> Set.of();
            default -> {
                Set<String> named = Arrays.stream(column.split(",")).map(String::strip)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                named.stream().filter(id -> !IDENTITIES.contains(id)).findAny().ifPresent(unknown -> {
                    throw new IllegalStateException("Unknown role in matrix: " + unknown);
                });
                yield named;
            }
        };
    }

    private static List<String> identities() {
        var all = new java.util.ArrayList<String>();
        all.add(ANONYMOUS);
        Arrays.stream(Role.values()).map(Role::name).forEach(all::add);
        return List.copyOf(all);
    }
}
