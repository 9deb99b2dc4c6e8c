package nl.wegwijs.shared.security;

import java.util.Optional;

/**
 * The name of whoever is signed in, as the header shows it. The shell knows no accounts: the
 * accounts module provides this.
 */
public interface SignedInName {

    /** The display name of the signed-in person; empty for a visitor who did not sign in. */
    Optional<String> current();
}
