package nl.wegwijs.accounts;

import java.util.List;
import java.util.Map;

/**
 * One person on the carer's dashboard: the representation, and (only while it is valid) their
 * items per kind of matter the carer may see. A kind in the map with an empty list means: allowed,
 * but nothing there yet. No entries at all means the carer may not look now.
 */
public record RepresentedPerson(RepresentationSummary representation, Map<Matter, List<MatterItem>> matters) {

    public RepresentedPerson {
        matters = Map.copyOf(matters);
    }
}
