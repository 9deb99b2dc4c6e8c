package nl.wegwijs.chat.risk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The risk lexicon read from its text file (format in the file's header). Any line it cannot
 * understand is refused with the file and line number: a lexicon that silently lost terms would
 * let a visitor in danger go unnoticed.
 */
final class RiskLexicon {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’‘`\\-‐ *.]+");
    private static final String GAP = "...";
    private static final int MIN_WORD = 2;
    private static final int MIN_SINGLE_WORD = 3;
    private static final int MIN_WILDCARD_CORE = 4;

    private final List<RiskTerm> terms;

    private RiskLexicon(List<RiskTerm> terms) {
        this.terms = terms;
    }

    /** Reads a lexicon; {@code source} names the file in error messages. */
    static RiskLexicon read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        Set<RiskTerm> terms = new LinkedHashSet<>();
        int number = 0;
        int start = 0;
        // Line by line from the bytes, so an encoding error is reported on the right line.
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String entry = decode(bytes, start, end, source, number).strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                terms.add(parse(entry, source, number));
            }
            start = end + 1;
        }
        if (terms.isEmpty()) {
            throw new InvalidLexiconException(source, number, "contains no terms at all");
        }
        return new RiskLexicon(List.copyOf(terms));
    }

    private static String decode(byte[] bytes, int start, int end, String source, int line) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InvalidLexiconException(source, line, "is not valid UTF-8 text");
        }
    }

    boolean matches(String text) {
        List<String> words = RiskWords.of(text);
        return !words.isEmpty() && terms.stream().anyMatch(term -> term.occursIn(words));
    }

    int size() {
        return terms.size();
    }

    private static RiskTerm parse(String entry, String source, int line) {
        if (!ALLOWED.matcher(entry).matches()) {
            throw new InvalidLexiconException(source, line, "'" + entry + "' may only contain letters, digits, "
                    + "spaces, apostrophes, hyphens, * at the start or end of a word and ... between words");
        }
        String[] tokens = entry.split("\\s+");
        List<RiskTerm.Part> parts = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.equals(GAP)) {
                if (i == 0 || i == tokens.length - 1 || tokens[i - 1].equals(GAP)) {
                    throw new InvalidLexiconException(source, line, "'" + entry
                            + "': ... may only stand between two words");
                }
                parts.add(RiskTerm.Part.GAP);
                continue;
            }
            parts.add(word(token, entry, tokens.length == 1, source, line));
        }
        return new RiskTerm(List.copyOf(parts));
    }

    private static RiskTerm.Part word(String token, String entry, boolean single, String source, int line) {
        boolean anyStart = token.startsWith("*");
        boolean anyEnd = token.endsWith("*") && token.length() > 1;
        String bare = token.substring(anyStart ? 1 : 0, token.length() - (anyEnd ? 1 : 0));
        if (bare.contains("*") || bare.contains(".")) {
            throw new InvalidLexiconException(source, line, "'" + entry
                    + "': * may only stand at the start or end of a word, and dots only as ... between words");
        }
        List<String> words = RiskWords.of(bare);
        if (words.size() != 1) {
            throw new InvalidLexiconException(source, line, "'" + entry + "': '" + token + "' is not one word");
        }
        String core = words.getFirst();
        int minimum = anyStart || anyEnd ? MIN_WILDCARD_CORE : single ? MIN_SINGLE_WORD : MIN_WORD;
        if (core.length() < minimum) {
            throw new InvalidLexiconException(source, line, "'" + entry + "': '" + token + "' is too short ("
                    + minimum + " letters at least), it would match harmless messages");
        }
        return new RiskTerm.Part(core, anyStart, anyEnd);
    }
}
