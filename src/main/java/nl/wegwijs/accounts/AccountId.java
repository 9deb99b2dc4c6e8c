package nl.wegwijs.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account across modules. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }
}
