package dev.contentlint.config;

/** Levenshtein distance, for "did you mean" hints on misspelt keys and ids. */
public final class EditDistance {

    private EditDistance() {}

    /**
     * " (did you mean 'x'?)" for the closest candidate within two edits, else nothing. Of
     * candidates equally close, the first in alphabetical order: the same on every run whatever
     * order the candidates come in ({@code Set.of} iterates in an order that changes from JVM to
     * JVM, and a finding's message must not).
     */
    public static String suggestion(String given, Iterable<String> candidates) {
        return suggestion(given, candidates, new Budget(Long.MAX_VALUE));
    }

    /**
     * As {@link #suggestion(String, Iterable)}, where the budget has comparisons left; nothing
     * otherwise. Each candidate compared takes one from it.
     */
    public static String suggestion(String given, Iterable<String> candidates, Budget budget) {
        if (budget.left <= 0) {
            return "";
        }
        String best = null;
        int bestDistance = MAX;
        String wanted = given.toLowerCase();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase();
            if (Math.abs(lower.length() - wanted.length()) > bestDistance) {
                continue; // the distance is at least the difference in length
            }
            budget.left--;
            int distance = between(wanted, lower, bestDistance);
            if (distance > bestDistance) {
                continue;
            }
            if (best == null || distance < bestDistance || candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** The most edits a suggestion may be away. */
    private static final int MAX = 2;

    /**
     * How many candidates the suggestions of one file may compare in all: a file of 40,000
     * broken anchors into a file of 20,000 headings once took over ten minutes of comparing.
     * Counted, not timed, so that the same files give the same messages on every run.
     */
    public static final class Budget {

        private long left;

        public Budget(long comparisons) {
            this.left = comparisons;
        }
    }

    static int between(String a, String b) {
        return between(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * The Levenshtein distance where it is at most max, else max + 1: only the diagonal band of
     * width 2 max + 1 is computed, and the comparison stops at the first row whose every cell
     * is over max.
     */
    static int between(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] previous = new int[m + 2];
        int[] current = new int[m + 2];
        for (int j = 0; j <= m + 1; j++) {
            previous[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = i <= max ? i : over;
            current[from - 1] = from == 1 ? current[0] : over;
            int rowMin = from == 1 ? current[0] : over;
            char c = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = c == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + cost);
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            current[to + 1] = over;
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[m], over);
    }
}
