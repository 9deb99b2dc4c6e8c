package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The banded edit distance agrees with the full table, within and past its limit. */
class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach() {
        assertThat(EditDistance.between("mantelzorg", "mantelzorg", 2)).isZero();
        assertThat(EditDistance.between("mantelzrog", "mantelzorg", 2)).isEqualTo(1);
        assertThat(EditDistance.between("mantelzog", "mantelzorg", 2)).isEqualTo(1);
        assertThat(EditDistance.between("voedselbnak", "voedselbank", 2)).isEqualTo(1);
        assertThat(EditDistance.between("eenzaamheit", "eenzaamheid", 2)).isEqualTo(1);
        assertThat(EditDistance.between("vrijwiliger", "vrijwilliger", 2)).isEqualTo(1);
        assertThat(EditDistance.between("schuld", "schulden", 2)).isEqualTo(2);
        assertThat(EditDistance.between("hulp", "schulden", 2)).as("past the limit").isEqualTo(3);
    }

    @Test
    void agreesWithTheFullTableOnRandomWords() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutate(a, random);
            int limit = 1 + random.nextInt(2);
            int expected = Math.min(fullTable(a, b), limit + 1);
            assertThat(EditDistance.between(a, b, limit)).as("%s / %s within %d", a, b, limit).isEqualTo(expected);
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(9); i >= 0; i--) {
            word.append("aeoslnrt".charAt(random.nextInt(8)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && !mutated.isEmpty(); edits--) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(4)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, 'e');
                case 2 -> mutated.setCharAt(at, 'x');
                default -> {
                    if (at + 1 < mutated.length()) {
                        char c = mutated.charAt(at);
                        mutated.setCharAt(at, mutated.charAt(at + 1));
                        mutated.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return mutated.toString();
    }

    /** Optimal string alignment over the whole table, the textbook way. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
