package dev.contentlint.style;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over case-folded texts, each text owned by a number: one pass over a
 * text finds every place where one of them ends, and whose it is. Chars are folded with {@link
 * RequiredLiterals#fold(char)} as they are read. The transitions are a full table over the
 * alphabet of the texts (every other char is one class), so a step is two array reads: an ASCII
 * char's class (folding included), then the next state. A transition holds the next state's
 * offset in the table (its number times the width), negated ({@code ~}) where texts end there,
 * so that a scan neither multiplies nor looks up owners at a char where no text ends: the scan of
 * every block by the shared prefilter is a tenth of a run.
 *
 * <p>Immutable once built, so shared by every thread.
 */
final class LiteralAutomaton {

    /** The largest table built, in cells; a bigger automaton is not built. */
    private static final int MAX_CELLS = 4_000_000;

    private final int[] asciiClasses;
    /** The class of each ASCII char once folded. */
    private final int[] foldedAsciiClasses;
    private final char[] otherChars;
    private final int[] otherClasses;
    private final int width;
    /** By state offset plus class: the next state's offset, negated where texts end there. */
    private final int[] next;
    /** For each state, the owners of the texts that end there (sorted), or null. */
    private final int[][] owners;

    private LiteralAutomaton(int[] asciiClasses, char[] otherChars, int[] otherClasses,
            int width, int[] next, int[][] owners) {
        this.asciiClasses = asciiClasses;
        this.foldedAsciiClasses = new int[128];
        for (char c = 0; c < 128; c++) {
            foldedAsciiClasses[c] = asciiClasses[RequiredLiterals.fold(c)];
        }
        this.otherChars = otherChars;
        this.otherClasses = otherClasses;
        this.width = width;
        this.next = next;
        this.owners = owners;
    }

    /**
     * The automaton of the given texts, none of them empty, by owner ({@code texts.get(i)} are
     * owner i's; a null entry owns none); empty where the table would be too big.
     */
    static Optional<LiteralAutomaton> of(List<Set<String>> texts) {
        TreeSet<Character> alphabet = new TreeSet<>();
        int cells = 1;
        for (Set<String> owned : texts) {
            for (String text : owned == null ? Set.<String>of() : owned) {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("an empty text is in every text");
                }
                text.chars().forEach(c -> alphabet.add((char) c));
                cells += text.length();
            }
        }
        int width = alphabet.size() + 1;
        // Texts that share a beginning share states, so the trie may well fit where the sum of
        // the texts' lengths would not: room for as many states as fit, and give up past that.
        int room = (int) Math.min(cells, MAX_CELLS / width);
        int[] asciiClasses = new int[128];
        char[] otherChars = new char[(int) alphabet.stream().filter(c -> c >= 128).count()];
        int[] otherClasses = new int[otherChars.length];
        int cls = 1;
        int other = 0;
        for (char c : alphabet) {
            if (c < 128) {
                asciiClasses[c] = cls++;
            } else {
                otherChars[other] = c;
                otherClasses[other++] = cls++;
            }
        }

        // The trie, in a table that the failure links then fill in to a full automaton.
        int[] next = new int[room * width];
        Arrays.fill(next, -1);
        int[][] ends = new int[room][];
        int states = 1;
        for (int owner = 0; owner < texts.size(); owner++) {
            for (String text : texts.get(owner) == null ? Set.<String>of() : texts.get(owner)) {
                int state = 0;
                for (int i = 0; i < text.length(); i++) {
                    int cell = state * width + classOf(text.charAt(i), asciiClasses, otherChars, otherClasses);
                    if (next[cell] < 0) {
                        if (states == room) {
                            return Optional.empty(); // the table would be too big
                        }
                        next[cell] = states++;
                    }
                    state = next[cell];
                }
                ends[state] = merge(ends[state], new int[] {owner});
            }
        }
        int[] fail = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < width; k++) {
            if (next[k] < 0) {
                next[k] = 0;
            } else {
                queue[tail++] = next[k];
            }
        }
        while (head < tail) {
            int state = queue[head++];
            ends[state] = merge(ends[state], ends[fail[state]]);
            for (int k = 0; k < width; k++) {
                int cell = state * width + k;
                if (next[cell] < 0) {
                    next[cell] = next[fail[state] * width + k];
                } else {
                    fail[next[cell]] = next[fail[state] * width + k];
                    queue[tail++] = next[cell];
                }
            }
        }
        int[][] owners = Arrays.copyOf(ends, states);
        int[] offsets = new int[states * width];
        for (int cell = 0; cell < offsets.length; cell++) {
            int target = next[cell];
            offsets[cell] = owners[target] == null ? target * width : ~(target * width);
        }
        return Optional.of(new LiteralAutomaton(asciiClasses, otherChars, otherClasses, width,
                offsets, owners));
    }

    /** What a scan is told: at each index where texts end, their owners. */
    interface Visitor {
        /**
         * @param end the index just after the last char of the texts that end here
         * @param owners their owners, sorted
         * @return false to stop the scan
         */
        boolean found(int end, int[] owners);
    }

    /** Reads the text once, telling the visitor every place where texts end. */
    void scan(CharSequence text, Visitor visitor) {
        int offset = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            offset = next[offset + (c < 128 ? foldedAsciiClasses[c] : classOf(RequiredLiterals.fold(c)))];
            if (offset < 0) {
                offset = ~offset;
                if (!visitor.found(i + 1, owners[offset / width])) {
                    return;
                }
            }
        }
    }

    /** Two sorted sets of owners as one, or null for none. */
    private static int[] merge(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int[] all = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || all[n - 1] != next) {
                all[n++] = next;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private int classOf(char c) {
        return classOf(c, asciiClasses, otherChars, otherClasses);
    }

    /** The class of a char in an alphabet: 0 for a char that no text holds. */
    private static int classOf(char c, int[] asciiClasses, char[] otherChars, int[] otherClasses) {
        if (c < 128) {
            return asciiClasses[c];
        }
        int i = Arrays.binarySearch(otherChars, c);
        return i < 0 ? 0 : otherClasses[i];
    }
}
