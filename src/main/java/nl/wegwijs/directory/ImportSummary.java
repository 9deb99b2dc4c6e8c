package nl.wegwijs.directory;

import java.util.List;

/**
 * What an import did. In REPLACE mode any rejection means nothing changed ({@code applied} false).
 *
 * @param rejected each record that was not imported, with the reason
 */
public record ImportSummary(
        boolean applied,
        int created,
        int updated,
        int removed,
        List<Rejection> rejected) {

    /**
     * A record that was not imported.
     *
     * @param index position of the record in the submitted array (0-based)
     * @param id the record's id when it had one
     */
    public record Rejection(int index, String id, String reason) {
    }
}
