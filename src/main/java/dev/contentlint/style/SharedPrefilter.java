package dev.contentlint.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prefilters of every rule a content type applies, joined into one automaton, so that each
 * block of a file is scanned once for all of them instead of once per rule. The same scan finds
 * where each rule's matches can start ({@link MatchStarts}), which each rule would otherwise scan
 * the block again for. The automaton is built when the first file is checked ({@link Lazy}),
 * then never changes; each file gets a {@link Scan} of its own that remembers what it found in
 * each block.
 */
public final class SharedPrefilter {

    /**
     * @param automaton owner i < literals is the required texts of pattern i; each owner after
     *     that is the texts of one length that a member of {@code starts} begins with
     * @param always the patterns that pass every text
     * @param literals how many patterns the prefilters have in all
     * @param offsets where each prefilter's patterns start among them
     * @param starts each joined {@link MatchStarts} by its number
     * @param startsOf for each owner after the literals, the number of its {@link MatchStarts}
     * @param lengths for each owner after the literals, the length of its texts
     * @param backs for each owner after the literals, how far before its texts a match may start
     */
    private record Joined(LiteralAutomaton automaton, BitSet always, int literals,
            Map<Prefilter, Integer> offsets, Map<MatchStarts, Integer> starts, int[] startsOf,
            int[] lengths, int[] backs) {}

    private static final Joined NOTHING = new Joined(null, new BitSet(), 0, Map.of(), Map.of(),
            new int[0], new int[0], new int[0]);

    private final Lazy<Joined> joined;

    private SharedPrefilter(List<Check> checks) {
        this.joined = new Lazy<>(() -> join(checks));
    }

    /** The prefilters of these checks, to be joined when first needed. */
    public static SharedPrefilter of(List<Check> checks) {
        return new SharedPrefilter(List.copyOf(checks));
    }

    /**
     * One automaton for the checks' prefilters and match starts, or {@link #NOTHING} where there
     * is nothing worth sharing (fewer than two of them) or it would be too big even without the
     * starts.
     */
    private static Joined join(List<Check> checks) {
        Map<Prefilter, Integer> offsets = new IdentityHashMap<>();
        List<Set<String>> literals = new ArrayList<>();
        Map<MatchStarts, Integer> starts = new IdentityHashMap<>();
        for (Check check : checks) {
            for (Prefilter member : check.prefilters()) {
                if (member.passesAll() || offsets.containsKey(member)) {
                    continue;
                }
                offsets.put(member, literals.size());
                literals.addAll(member.literals());
            }
            for (MatchStarts member : check.matchStarts()) {
                starts.putIfAbsent(member, starts.size());
            }
        }
        if (offsets.size() + starts.size() < 2) {
            return NOTHING;
        }
        BitSet always = new BitSet();
        List<Set<String>> owned = new ArrayList<>();
        for (int p = 0; p < literals.size(); p++) {
            Set<String> texts = literals.get(p);
            if (texts == null || texts.isEmpty() || texts.contains("")) {
                always.set(p);
                owned.add(null);
            } else {
                owned.add(texts);
            }
        }
        List<Integer> startsOf = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Integer> backs = new ArrayList<>();
        List<Set<String>> withStarts = new ArrayList<>(owned);
        for (Map.Entry<MatchStarts, Integer> member : starts.entrySet()) {
            List<Set<String>> byLength = member.getKey().textsByLength();
            for (int group = 0; group < byLength.size(); group++) {
                withStarts.add(byLength.get(group));
                startsOf.add(member.getValue());
                lengths.add(member.getKey().length(group));
                backs.add(member.getKey().back(group));
            }
        }
        var automaton = LiteralAutomaton.of(withStarts);
        if (automaton.isPresent()) {
            return new Joined(automaton.get(), always, literals.size(), offsets, starts,
                    startsOf.stream().mapToInt(Integer::intValue).toArray(),
                    lengths.stream().mapToInt(Integer::intValue).toArray(),
                    backs.stream().mapToInt(Integer::intValue).toArray());
        }
        // Too big with the starts: share the prefilters alone, each rule finds its own starts.
        if (offsets.size() < 2 || always.cardinality() == literals.size()) {
            return NOTHING;
        }
        return LiteralAutomaton.of(owned).map(alone -> new Joined(alone, always, literals.size(),
                offsets, Map.of(), new int[0], new int[0], new int[0])).orElse(NOTHING);
    }

    /** A scan for one file, used by one thread. */
    public Scan newScan() {
        return new Scan(joined.get());
    }

    /** What the shared automaton found in one block. */
    private static final class Found {

        final BitSet candidates;
        /** By {@link MatchStarts} number: where its texts start, as found; null for none. */
        final int[][] starts;
        final int[] counts;
        /** Which of {@link #starts} are sorted and without repeats yet. */
        final BitSet sorted = new BitSet();

        Found(BitSet candidates, int matchStarts) {
            this.candidates = candidates;
            this.starts = new int[matchStarts][];
            this.counts = new int[matchStarts];
        }

        void add(int member, int start) {
            int[] found = starts[member];
            if (found == null) {
                found = starts[member] = new int[8];
            } else if (counts[member] == found.length) {
                found = starts[member] = Arrays.copyOf(found, found.length * 2);
            }
            found[counts[member]++] = start;
        }

        int[] starts(int member) {
            if (!sorted.get(member)) {
                sorted.set(member);
                starts[member] = starts[member] == null ? new int[0]
                        : MatchStarts.sortedDistinct(starts[member], counts[member]);
            }
            return starts[member];
        }
    }

    /** What the shared automaton found in each block of one file, found once per block. */
    public static final class Scan {

        private final Joined joined;
        private final Map<String, Found> found = new IdentityHashMap<>();

        private Scan(Joined joined) {
            this.joined = joined;
        }

        /** Whether the prefilter's (first) pattern may match in the text. */
        boolean mayMatch(Prefilter prefilter, String text) {
            Integer offset = joined.offsets().get(prefilter);
            return offset == null ? prefilter.mayMatch(text) : found(text).candidates.get(offset);
        }

        /** The prefilter's patterns that may match in the text, by their index. */
        BitSet candidates(Prefilter prefilter, String text) {
            Integer offset = joined.offsets().get(prefilter);
            return offset == null ? prefilter.candidates(text)
                    : found(text).candidates.get(offset, offset + prefilter.patterns());
        }

        /** Whether the shared scan finds these starts, rather than their own scan. */
        boolean shares(MatchStarts starts) {
            return joined.starts().containsKey(starts);
        }

        /** Where in the text a match may start, in order, each once. */
        int[] starts(MatchStarts starts, String text) {
            Integer member = joined.starts().get(starts);
            return member == null ? starts.in(text) : found(text).starts(member);
        }

        private Found found(String text) {
            Found known = found.get(text);
            if (known == null) {
                known = scan(text);
                found.put(text, known);
            }
            return known;
        }

        private Found scan(String text) {
            Joined all = joined;
            Found result = new Found((BitSet) all.always().clone(), all.starts().size());
            int literals = all.literals();
            all.automaton().scan(text, (end, owners) -> {
                for (int owner : owners) {
                    if (owner < literals) {
                        result.candidates.set(owner);
                    } else {
                        int member = all.startsOf()[owner - literals];
                        int start = end - all.lengths()[owner - literals];
                        for (int at = Math.max(0, start - all.backs()[owner - literals]);
                                at <= start; at++) {
                            result.add(member, at);
                        }
                    }
                }
                return true;
            });
            return result;
        }
    }
}
