package nl.wegwijs.directory;

import java.time.Instant;
import java.util.List;

/**
 * One line of a service's edit history.
 *
 * @param action created, edited, published, deactivated, reactivated, checked or imported
 * @param fields the parts that changed (see {@link ServiceDraft#FIELDS}), empty when none apply
 */
public record EditEntry(Instant at, String by, String action, List<String> fields) {
}
