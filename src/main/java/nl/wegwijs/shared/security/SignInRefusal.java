package nl.wegwijs.shared.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an OpenID Connect sign-in was refused, as far as the person may know. The code travels as
 * the OAuth2 error code and as {@code /login?error=<code>}; the login page explains each one.
 */
public enum SignInRefusal {
    /** The broker sent no BSN, or one that fails the eleven-check. */
    NO_VALID_BSN("bsn"),
    /** The DigiD-machtiging claims could not be read (no valid BSN of the person represented, unknown service). */
    NO_VALID_MANDATE("mandate"),
    /** No enabled staff account matches the person the municipality's provider signed in. */
    NO_STAFF_ACCOUNT("staff"),
    /** Anything else: the provider said no, the person cancelled, the account is disabled. */
    OTHER("oidc");

    private final String code;

    SignInRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The refusal with this code, if it is one. */
    public static Optional<SignInRefusal> of(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
