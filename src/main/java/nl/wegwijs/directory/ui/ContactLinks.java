package nl.wegwijs.directory.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.directory.hsds.Hsds;

/**
 * Links made from directory data. The data comes from imports, so only safe forms become links:
 * web addresses over http(s), plain e-mail addresses, phone numbers reduced to digits.
 */
final class ContactLinks {

    /** A route planner that takes the destination as text; the visitor's own location is the start. */
    private static final String ROUTE_PLANNER = "https://www.google.com/maps/dir/?api=1&destination=";
    private static final Pattern WEB = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"'<>(),;:]+@[^\\s@\"'<>(),;:]+\\.[a-zA-Z]{2,}");

    private ContactLinks() {
    }

    /** {@code tel:} with the digits (and a leading +), or empty when there are no digits. */
    static Optional<String> telephone(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String digits = number.strip().replaceAll("[^0-9+]", "").replaceAll("(?<!^)\\+", "");
        return digits.replace("+", "").isEmpty() ? Optional.empty() : Optional.of("tel:" + digits);
    }

    static Optional<String> mailto(String email) {
        return email != null && EMAIL.matcher(email.strip()).matches()
                ? Optional.of("mailto:" + email.strip()) : Optional.empty();
    }

    static Optional<String> website(String url) {
        return url != null && WEB.matcher(url.strip()).matches() ? Optional.of(url.strip()) : Optional.empty();
    }

    /** The address on one line, such as "Lindenlaan 23, 7942GB Meppel". */
    static String oneLine(Hsds.Address address) {
        String place = Stream.of(address.postalCode(), address.city()).filter(ContactLinks::present)
                .collect(Collectors.joining(" "));
        return Stream.of(address.address1(), address.address2(), place).filter(ContactLinks::present)
                .collect(Collectors.joining(", "));
    }

    /** A route planner with this address as the destination. */
    static String route(Hsds.Address address) {
        return ROUTE_PLANNER + URLEncoder.encode(oneLine(address), StandardCharsets.UTF_8);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
