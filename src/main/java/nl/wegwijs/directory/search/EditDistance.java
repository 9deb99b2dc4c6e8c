package nl.wegwijs.directory.search;

/** Optimal string alignment distance (Levenshtein with transpositions), stopping early past a limit. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The number of edits between a and b, or {@code limit + 1} when it is more than {@code limit}.
     * Only the cells within {@code limit} of the diagonal can stay within the limit, so only those
     * are computed, in three rows: this runs for every lay term while a misspelling is corrected.
     */
    static int between(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int outside = limit + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, outside);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            java.util.Arrays.fill(current, outside);
            current[0] = Math.min(i, outside);
            int rowMinimum = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int cell = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cell = Math.min(cell, before[j - 2] + 1);
                }
                current[j] = Math.min(cell, outside);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return outside;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], outside);
    }
}
