package nl.wegwijs.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies a counter session. */
public record CounterSessionId(UUID value) {

    public CounterSessionId {
        Objects.requireNonNull(value, "value");
    }
}
