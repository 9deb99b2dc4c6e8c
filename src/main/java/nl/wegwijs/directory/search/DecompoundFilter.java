package nl.wegwijs.directory.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Splits Dutch compounds into their parts, keeping the whole word: "schuldhulpverlening" also
 * yields "schuld", "hulp" and "verlening" at the same position. A word is only split when it
 * breaks down <em>completely</em> into known parts (with an optional linking "s", "e" or "en"
 * between them), each at least {@value #MIN_PART} letters, and is not listed as an exception.
 * That guards against false splits such as "huiselijk" into "huis" + "elijk".
 */
final class DecompoundFilter extends TokenFilter {

    /** The token type of a part (the whole word keeps its own type). */
    static final String PART = "<COMPOUND_PART>";
    static final int MIN_PART = 3;
    private static final int MIN_WORD = 6;
    private static final String[] LINKS = {"", "s", "e", "en"};

    private final Set<String> parts;
    private final Set<String> exceptions;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State current;

    DecompoundFilter(TokenStream input, Set<String> parts, Set<String> exceptions) {
        super(input);
        this.parts = parts;
        this.exceptions = exceptions;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            keyword.setKeyword(false);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (!keyword.isKeyword() && word.length() >= MIN_WORD && !exceptions.contains(word)) {
            List<String> split = split(word, parts);
            if (split.size() > 1) {
                current = captureState();
                pending.addAll(split);
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }

    /**
     * The parts of {@code word}, longest first ("schuldhulpverlening": schuldhulp, verlening), or
     * just the word when it does not break down completely. Parts are not split again: the
     * search quality harness showed that splitting "schuldhulp" further costs more precision
     * than it gains recall.
     */
    static List<String> split(String word, Set<String> parts) {
        List<String> best = new ArrayList<>();
        if (!decompose(word, 0, new ArrayList<>(), best, parts)) {
            return List.of(word);
        }
        return best;
    }

    private static boolean decompose(String word, int from, List<String> sofar, List<String> best, Set<String> parts) {
        if (from == word.length()) {
            if (sofar.size() > 1) {
                best.clear();
                best.addAll(sofar);
                return true;
            }
            return false;
        }
        // Longest part first: "schuldhulp" + "verlening" before "schuld" + "hulp" + "verlening".
        for (int end = word.length(); end - from >= MIN_PART; end--) {
            String part = word.substring(from, end);
            if (!parts.contains(part) || (from == 0 && end == word.length())) {
                continue;
            }
            for (String link : LINKS) {
                int next = end + link.length();
                if (next <= word.length() && word.startsWith(link, end)
                        && (next == word.length() || word.length() - next >= MIN_PART)) {
                    sofar.add(part);
                    if (decompose(word, next, sofar, best, parts)) {
                        return true;
                    }
                    sofar.removeLast();
                }
            }
        }
        return false;
    }
}
