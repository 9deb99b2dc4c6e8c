package nl.wegwijs.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the OpenID Connect claims carry what Wegwijs needs, bound from {@code wegwijs.sign-in.*}.
 * A claim name is a key of the token ({@code bsn}) or a dotted path into nested claims
 * ({@code aanvrager.bsn}); a key that itself contains the dots wins, as brokers send both forms.
 *
 * @param bsnClaim the BSN of the resident who signs in
 * @param nameClaim the name a new resident account gets (else its generated user name)
 * @param staffClaim the claim of the staff provider matched against a Wegwijs user name (case-insensitive)
 * @param mandate the claims of a DigiD-machtiging
 */
@ConfigurationProperties("wegwijs.sign-in")
record ClaimMapping(
        @DefaultValue("bsn") String bsnClaim,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("preferred_username") String staffClaim,
        @DefaultValue Mandate mandate) {

    /**
     * DigiD Machtigen through the broker, in the style of Open Forms: when the representee claim is
     * present, the person signing in acts for that person.
     *
     * @param representeeBsnClaim BSN of the person represented (vertegenwoordigde)
     * @param actorBsnClaim BSN of the person signing in (gemachtigde); falls back to {@code bsn-claim}
     * @param representeeNameClaim name of the person represented (optional; else the masked BSN)
     * @param serviceClaim the DigiD service the mandate is for; absent means {@code defaultScope}
     * @param services DigiD service id to the matters it covers; a service not listed is refused
     * @param defaultScope matters covered when the broker sends no service
     * @param validUntilClaim end of the mandate (epoch seconds, ISO instant or date); blank or absent
     *     means the ID token's expiry, and the mandate is renewed at every sign-in
     */
    record Mandate(
            @DefaultValue("aanvrager.bsn") String representeeBsnClaim,
            @DefaultValue("gemachtigde.bsn") String actorBsnClaim,
            @DefaultValue("") String representeeNameClaim,
            @DefaultValue("service_id") String serviceClaim,
            @DefaultValue Map<String, Set<Matter>> services,
            @DefaultValue({"APPLICATIONS", "MESSAGES"}) Set<Matter> defaultScope,
            @DefaultValue("") String validUntilClaim) {
    }

    /** The claim at {@code path} as text; empty when the path is blank or the claim is absent or empty. */
    static Optional<String> text(Map<String, Object> claims, String path) {
        return value(claims, path).map(String::valueOf).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The claim at {@code path} as a moment: epoch seconds, an ISO instant, or an ISO date (then its end, Dutch time). */
    static Optional<Instant> instant(Map<String, Object> claims, String path) {
        var value = value(claims, path);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Object raw = value.get();
        if (raw instanceof Instant moment) {
            return Optional.of(moment);
        }
        if (raw instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        String text = String.valueOf(raw).strip();
        try {
            if (text.matches("\\d+")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).plusDays(1).atStartOfDay(Representations.ZONE).toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            throw new IllegalArgumentException("Unreadable moment in claim " + path);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> value(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank() || claims == null) {
            return Optional.empty();
        }
        if (claims.containsKey(path)) {
            return Optional.ofNullable(claims.get(path));
        }
        Object current = claims;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return Optional.ofNullable(current);
    }
}
