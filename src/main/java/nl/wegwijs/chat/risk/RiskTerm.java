package nl.wegwijs.chat.risk;

import java.util.List;

/**
 * One line of the lexicon: words in order, each exact or with a wildcard at either end
 * ({@code zelfmoord*} also finds "zelfmoordgedachten"), and gaps ({@code ...}) of up to
 * {@value #MAX_GAP} words between them.
 */
record RiskTerm(List<Part> parts) {

    static final int MAX_GAP = 3;

    /** A word to find, or a gap when {@code core} is null. */
    record Part(String core, boolean anyStart, boolean anyEnd) {

        static final Part GAP = new Part(null, false, false);

        boolean isGap() {
            return core == null;
        }

        boolean matches(String word) {
            if (anyStart && anyEnd) {
                return word.contains(core);
            }
            if (anyStart) {
                return word.endsWith(core);
            }
            return anyEnd ? word.startsWith(core) : word.equals(core);
        }
    }

    boolean occursIn(List<String> words) {
        for (int start = 0; start < words.size(); start++) {
            if (matchesFrom(0, words, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesFrom(int part, List<String> words, int index) {
        if (part == parts.size()) {
            return true;
        }
        if (parts.get(part).isGap()) {
            for (int skip = 0; skip <= MAX_GAP && index + skip <= words.size(); skip++) {
                if (matchesFrom(part + 1, words, index + skip)) {
                    return true;
                }
            }
            return false;
        }
        return index < words.size() && parts.get(part).matches(words.get(index))
                && matchesFrom(part + 1, words, index + 1);
    }
}
