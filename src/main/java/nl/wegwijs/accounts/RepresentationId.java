package nl.wegwijs.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies a representation across modules. */
public record RepresentationId(UUID value) {

    public RepresentationId {
        Objects.requireNonNull(value, "value");
    }

    static RepresentationId random() {
        return new RepresentationId(UUID.randomUUID());
    }
}
