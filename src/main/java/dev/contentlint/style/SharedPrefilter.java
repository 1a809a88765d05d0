package dev.contentlint.style;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prefilters of every rule a content type applies, joined into one automaton, so that each
 * block of a file is scanned once for all of them instead of once per rule. Immutable; each file
 * gets a {@link Scan} of its own that remembers what it found in each block.
 */
public final class SharedPrefilter {

    private final Prefilter all;
    /** Where each member's patterns start among the patterns of {@link #all}. */
    private final Map<Prefilter, Integer> offsets;

    private SharedPrefilter(Prefilter all, Map<Prefilter, Integer> offsets) {
        this.all = all;
        this.offsets = offsets;
    }

    /**
     * One automaton for the given prefilters, or empty where there is nothing worth sharing
     * (fewer than two of them know their required texts) or it would be too big.
     */
    public static Optional<SharedPrefilter> of(Collection<Prefilter> members) {
        Map<Prefilter, Integer> offsets = new IdentityHashMap<>();
        List<Set<String>> literals = new ArrayList<>();
        int known = 0;
        for (Prefilter member : members) {
            if (member.passesAll() || offsets.containsKey(member)) {
                continue;
            }
            offsets.put(member, literals.size());
            literals.addAll(member.literals());
            known++;
        }
        if (known < 2) {
            return Optional.empty();
        }
        Prefilter all = Prefilter.ofLiterals(literals);
        return all.passesAll() ? Optional.empty() : Optional.of(new SharedPrefilter(all, offsets));
    }

    /** A scan for one file, used by one thread. */
    public Scan newScan() {
        return new Scan();
    }

    /** What the shared automaton found in each block of one file, found once per block. */
    public final class Scan {

        private final Map<String, BitSet> found = new IdentityHashMap<>();

        private Scan() {}

        /** Whether the prefilter's (first) pattern may match in the text. */
        boolean mayMatch(Prefilter prefilter, String text) {
            Integer offset = offsets.get(prefilter);
            return offset == null ? prefilter.mayMatch(text) : found(text).get(offset);
        }

        /** The prefilter's patterns that may match in the text, by their index. */
        BitSet candidates(Prefilter prefilter, String text) {
            Integer offset = offsets.get(prefilter);
            return offset == null ? prefilter.candidates(text)
                    : found(text).get(offset, offset + prefilter.patterns());
        }

        private BitSet found(String text) {
            return found.computeIfAbsent(text, all::candidates);
        }
    }
}
