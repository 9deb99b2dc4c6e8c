package nl.wegwijs.shared.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every nine-digit number that passes the eleven-check (so could be a BSN) in a text bound
 * for the log: {@code 999990019} becomes {@code ******019}. Other numbers stay as they are.
 */
public final class BsnMask {

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private BsnMask() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 9) {
            return text;
        }
        Matcher matcher = NINE_DIGITS.matcher(text);
        StringBuilder masked = null;
        int copied = 0;
        while (matcher.find()) {
            String digits = matcher.group();
            if (passesElevenCheck(digits)) {
                if (masked == null) {
                    masked = new StringBuilder(text.length());
                }
                masked.append(text, copied, matcher.start()).append("******").append(digits, 6, 9);
                copied = matcher.end();
            }
        }
        return masked == null ? text : masked.append(text, copied, text.length()).toString();
    }

    /** The same rule as the accounts module's {@code Bsn}, which this module may not depend on. */
    static boolean passesElevenCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (i == 8 ? -1 : 9 - i) * (digits.charAt(i) - '0');
        }
        return sum % 11 == 0 && !digits.equals("000000000");
    }
}
