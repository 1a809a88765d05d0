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
 * <p>Or, for a pattern whose matches are short and each hold one of a few known texts ({@link
 * RequiredLiterals#of}), such as {@code \p{Nd}{1,2} ?[ap]m} (at most 7 chars, holding "am" or
 * "pm"): the places a few chars before each such text, as far back as a match can reach.
 *
 * <p>Immutable once built, so shared by every thread.
 */
public final class MatchStarts {

    private final LiteralAutomaton automaton;
    /** The texts, by length: owner i of the automaton owns {@code byLength.get(i)}. */
    private final List<Set<String>> byLength;
    /** The length of the texts of each owner of the automaton. */
    private final int[] lengths;
    /**
     * For each owner, how many chars before where its text starts a match may start: 0 for
     * prefixes, the longest match less the text's length for required texts.
     */
    private final int[] backs;

    private MatchStarts(LiteralAutomaton automaton, List<Set<String>> byLength, int[] lengths,
            int[] backs) {
        this.automaton = automaton;
        this.byLength = byLength;
        this.lengths = lengths;
        this.backs = backs;
    }

    /** The longest reach back from a required text for which its places are worth trying. */
    static final int MAX_REACH = 32;

    /**
     * The starts of matches that each hold one of the given texts and are at most {@code
     * longest} chars long, where the texts are known and rare, and the matches short.
     */
    static Optional<MatchStarts> around(Optional<Set<String>> required, long longest) {
        if (required.isEmpty() || longest > MAX_REACH
                || !required.get().stream().allMatch(t -> rare(t) && t.length() <= longest)) {
            return Optional.empty();
        }
        return of(required.get(), (int) longest);
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
        if (text.isEmpty()) {
            return false; // every place
        }
        if (text.length() >= 2) {
            return true;
        }
        char c = text.charAt(0);
        return !Character.isLetter(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    static Optional<MatchStarts> of(Set<String> texts) {
        return of(texts, -1);
    }

    /** @param longest the longest match holding one of the texts; -1 where they are prefixes */
    private static Optional<MatchStarts> of(Set<String> texts, int longest) {
        TreeMap<Integer, Set<String>> byLength = new TreeMap<>();
        for (String text : texts) {
            byLength.computeIfAbsent(text.length(), n -> new HashSet<>()).add(text);
        }
        int[] lengths = byLength.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] backs = new int[lengths.length];
        for (int group = 0; group < lengths.length && longest >= 0; group++) {
            backs[group] = longest - lengths[group];
        }
        List<Set<String>> grouped = List.copyOf(byLength.values());
        return LiteralAutomaton.of(new ArrayList<>(grouped))
                .map(automaton -> new MatchStarts(automaton, grouped, lengths, backs));
    }

    /** The texts a match starts with, grouped by length (for {@link SharedPrefilter}). */
    List<Set<String>> textsByLength() {
        return byLength;
    }

    /** The length of the texts of group i of {@link #textsByLength()}. */
    int length(int group) {
        return lengths[group];
    }

    /** How far before a text of group i a match may start. */
    int back(int group) {
        return backs[group];
    }

    /** The indexes in the text where a match may start, in increasing order, each once. */
    int[] in(CharSequence text) {
        int[][] starts = {new int[16]};
        int[] count = {0};
        automaton.scan(text, (end, owners) -> {
            for (int owner : owners) {
                int start = end - lengths[owner];
                for (int at = Math.max(0, start - backs[owner]); at <= start; at++) {
                    if (count[0] == starts[0].length) {
                        starts[0] = Arrays.copyOf(starts[0], count[0] * 2);
                    }
                    starts[0][count[0]++] = at;
                }
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
