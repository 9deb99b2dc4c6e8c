package nl.wegwijs.applications;

import java.util.UUID;

/** A melding that is still being filled in. */
public record DraftId(UUID value) {

    static DraftId random() {
        return new DraftId(UUID.randomUUID());
    }
}
