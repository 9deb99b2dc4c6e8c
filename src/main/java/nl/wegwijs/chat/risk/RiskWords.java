package nl.wegwijs.chat.risk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a message into the words the lexicon is matched against: lower case, without accents,
 * without punctuation, and with stretched letters ("zelfmoooord") and doubled letters reduced to
 * one, so spelling under stress and for emphasis still matches.
 */
final class RiskWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // "m'n", "zelf-moord": an apostrophe or hyphen inside a word joins, it does not separate.
    private static final Pattern JOINERS = Pattern.compile("(?<=[\\p{L}\\p{N}])['’‘`\\-‐](?=[\\p{L}\\p{N}])");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RiskWords() {
    }

    static List<String> of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = JOINERS.matcher(plain).replaceAll("");
        plain = REPEATS.matcher(plain).replaceAll("$1");
        return Arrays.stream(SEPARATORS.split(plain)).filter(word -> !word.isEmpty()).toList();
    }
}
