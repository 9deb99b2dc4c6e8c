package nl.wegwijs.accounts;

import java.util.Optional;

/**
 * A burgerservicenummer: nine digits that pass the eleven-check. {@link #toString()} is masked so
 * that a BSN never reaches a list or a log by accident; {@link #value()} is the full number, for
 * storage and matching only.
 */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid BSN (nine digits passing the eleven-check)");
        }
    }

    /** The BSN in {@code text}, ignoring spaces, dots and dashes people type; empty when it is not a valid BSN. */
    public static Optional<Bsn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s.\\-]", "");
        return isValid(digits) ? Optional.of(new Bsn(digits)) : Optional.empty();
    }

    /** Whether {@code digits} is exactly nine digits that pass the eleven-check (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && !digits.equals("000000000");
    }

    /** Only the last three digits show: {@code ******782}. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
