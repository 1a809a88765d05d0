package dev.contentlint.style;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prefilters of every rule a content type applies, joined into one automaton, so that each
 * block of a file is scanned once for all of them instead of once per rule. The automaton is
 * built when the first file is checked ({@link Lazy}), then never changes; each file gets a
 * {@link Scan} of its own that remembers what it found in each block.
 */
public final class SharedPrefilter {

    /**
     * @param all every member's patterns, in one prefilter
     * @param offsets where each member's patterns start among the patterns of {@code all}
     */
    private record Joined(Prefilter all, Map<Prefilter, Integer> offsets) {}

    private static final Joined NOTHING = new Joined(null, Map.of());

    private final Lazy<Joined> joined;

    private SharedPrefilter(List<Check> checks) {
        this.joined = new Lazy<>(() -> join(checks));
    }

    /** The prefilters of these checks, to be joined when first needed. */
    public static SharedPrefilter of(List<Check> checks) {
        return new SharedPrefilter(List.copyOf(checks));
    }

    /**
     * One automaton for the checks' prefilters, or {@link #NOTHING} where there is nothing worth
     * sharing (fewer than two of them know their required texts) or it would be too big.
     */
    private static Joined join(List<Check> checks) {
        Map<Prefilter, Integer> offsets = new IdentityHashMap<>();
        List<Set<String>> literals = new ArrayList<>();
        for (Check check : checks) {
            for (Prefilter member : check.prefilters()) {
                if (member.passesAll() || offsets.containsKey(member)) {
                    continue;
                }
                offsets.put(member, literals.size());
                literals.addAll(member.literals());
            }
        }
        if (offsets.size() < 2) {
            return NOTHING;
        }
        Prefilter all = Prefilter.ofLiterals(literals);
        return all.passesAll() ? NOTHING : new Joined(all, offsets);
    }

    /** A scan for one file, used by one thread. */
    public Scan newScan() {
        return new Scan(joined.get());
    }

    /** What the shared automaton found in each block of one file, found once per block. */
    public static final class Scan {

        private final Joined joined;
        private final Map<String, BitSet> found = new IdentityHashMap<>();

        private Scan(Joined joined) {
            this.joined = joined;
        }

        /** Whether the prefilter's (first) pattern may match in the text. */
        boolean mayMatch(Prefilter prefilter, String text) {
            Integer offset = joined.offsets().get(prefilter);
            return offset == null ? prefilter.mayMatch(text) : found(text).get(offset);
        }

        /** The prefilter's patterns that may match in the text, by their index. */
        BitSet candidates(Prefilter prefilter, String text) {
            Integer offset = joined.offsets().get(prefilter);
            return offset == null ? prefilter.candidates(text)
                    : found(text).get(offset, offset + prefilter.patterns());
        }

        private BitSet found(String text) {
            return found.computeIfAbsent(text, joined.all()::candidates);
        }
    }
}
