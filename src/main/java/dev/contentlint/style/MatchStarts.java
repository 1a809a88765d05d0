package dev.contentlint.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a match of a pattern can start in a text, for a pattern whose every match starts with
 * one of a few known texts ({@link RequiredLiterals#prefixes}): where one of those texts starts,
 * case folded. The regex then need only be tried there, not at every char.
 *
 * <p>Immutable once built, so shared by every thread.
 */
public final class MatchStarts {

    private final LiteralAutomaton automaton;
    /** The texts, by length: owner i of the automaton owns {@code byLength.get(i)}. */
    private final List<Set<String>> byLength;
    /** The length of the texts of each owner of the automaton. */
    private final int[] lengths;

    private MatchStarts(LiteralAutomaton automaton, List<Set<String>> byLength, int[] lengths) {
        this.automaton = automaton;
        this.byLength = byLength;
        this.lengths = lengths;
    }

    /**
     * The starts of matches that begin with one of the given texts, where they are known and
     * rare enough in prose to save something over the regex engine's own search: a single letter
     * or space starts too often, a digit or a sign does not.
     */
    static Optional<MatchStarts> ofPrefixes(Optional<Set<String>> prefixes) {
        return prefixes.filter(texts -> texts.stream().allMatch(MatchStarts::rare))
                .flatMap(MatchStarts::of);
    }

    private static boolean rare(String text) {
        if (text.length() >= 2) {
            return true;
        }
        char c = text.charAt(0);
        return !Character.isLetter(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    static Optional<MatchStarts> of(Set<String> texts) {
        TreeMap<Integer, Set<String>> byLength = new TreeMap<>();
        for (String text : texts) {
            byLength.computeIfAbsent(text.length(), n -> new HashSet<>()).add(text);
        }
        int[] lengths = byLength.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<Set<String>> grouped = List.copyOf(byLength.values());
        return LiteralAutomaton.of(new ArrayList<>(grouped))
                .map(automaton -> new MatchStarts(automaton, grouped, lengths));
    }

    /** The texts a match starts with, grouped by length (for {@link SharedPrefilter}). */
    List<Set<String>> textsByLength() {
        return byLength;
    }

    /** The length of the texts of group i of {@link #textsByLength()}. */
    int length(int group) {
        return lengths[group];
    }

    /** The indexes in the text where a match may start, in increasing order, each once. */
    int[] in(CharSequence text) {
        int[][] starts = {new int[16]};
        int[] count = {0};
        automaton.scan(text, (end, owners) -> {
            for (int owner : owners) {
                if (count[0] == starts[0].length) {
                    starts[0] = Arrays.copyOf(starts[0], count[0] * 2);
                }
                starts[0][count[0]++] = end - lengths[owner];
            }
            return true;
        });
        return sortedDistinct(starts[0], count[0]);
    }

    /**
     * The first n of the starts, in order, each once: texts of different lengths that end at
     * one place start out of order.
     */
    static int[] sortedDistinct(int[] starts, int n) {
        int[] sorted = Arrays.copyOf(starts, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    @Override
    public String toString() {
        return "starts of texts of lengths " + Arrays.toString(lengths);
    }
}
