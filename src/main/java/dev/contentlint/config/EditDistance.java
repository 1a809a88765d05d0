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
        String best = null;
        int bestDistance = 2;
        String wanted = given.toLowerCase();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase();
            if (Math.abs(lower.length() - wanted.length()) > bestDistance) {
                continue; // the distance is at least the difference in length
            }
            int distance = between(wanted, lower);
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

    static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
