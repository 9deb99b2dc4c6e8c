package nl.wegwijs.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A DigiD-machtiging as the broker stated it at sign-in, carried by the principal until the
 * sign-in has succeeded and it can be recorded (and audited) as the signed-in person.
 */
record MandateClaim(String representeeBsn, String representeeName, Set<Matter> scope, Instant validUntil)
        implements Serializable {

    MandateClaim {
        scope = Set.copyOf(scope);
    }

    Bsn representee() {
        return new Bsn(representeeBsn);
    }
}
