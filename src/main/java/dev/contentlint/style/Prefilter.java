package dev.contentlint.style;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells in one pass over a text whether a pattern can match in it at all: it looks for the
 * {@link RequiredLiterals} of the pattern with a {@link LiteralAutomaton}. A text that holds none
 * of them cannot hold a match, and the regex engine need not try.
 *
 * <p>On prose, most rules of the published styles hold long word lists that a paragraph holds
 * none of; trying such a list at every position of the text was more than four fifths of the
 * time a build took with write-good and proselint on (see "Where the time goes" in the README).
 *
 * <p>Immutable once built, so shared by every thread.
 */
public final class Prefilter {

    /** Each pattern's required texts, null where not known: such a pattern passes every text. */
    private final List<Set<String>> literals;
    private final BitSet always = new BitSet();
    private final LiteralAutomaton automaton;

    private Prefilter(List<Set<String>> literals, LiteralAutomaton automaton) {
        this.literals = literals;
        this.automaton = automaton;
        for (int p = 0; p < literals.size(); p++) {
            if (automaton == null || literals.get(p) == null) {
                always.set(p);
            }
        }
    }

    /** The prefilter of a pattern compiled by {@link ValeRegex}. */
    public static Prefilter of(Pattern pattern) {
        return ofEach(List.of(pattern));
    }

    /**
     * One prefilter for several patterns, which tells in one pass over a text which of them may
     * match in it ({@link #candidates}).
     */
    public static Prefilter ofEach(List<Pattern> patterns) {
        List<Set<String>> literals = new ArrayList<>();
        for (Pattern pattern : patterns) {
            literals.add(RequiredLiterals.of(pattern).orElse(null));
        }
        return ofLiterals(literals);
    }

    /**
     * A prefilter that lets through, for each pattern, the texts holding one of its folded
     * required texts; a pattern whose set is null, empty or holds "" passes every text.
     */
    static Prefilter ofLiterals(List<Set<String>> literals) {
        List<Set<String>> known = new ArrayList<>();
        for (Set<String> texts : literals) {
            known.add(texts == null || texts.isEmpty() || texts.contains("") ? null
                    : Set.copyOf(texts));
        }
        known = Collections.unmodifiableList(known);
        Optional<LiteralAutomaton> automaton = known.stream().allMatch(t -> t == null)
                ? Optional.empty() : LiteralAutomaton.of(known);
        return new Prefilter(known, automaton.orElse(null));
    }

    /**
     * Whether the (first) pattern may match somewhere in the text: false only where it surely
     * cannot.
     */
    public boolean mayMatch(CharSequence text) {
        if (always.get(0)) {
            return true;
        }
        boolean[] found = {false};
        automaton.scan(text, (end, owners) -> {
            found[0] = owners[0] == 0;
            return !found[0];
        });
        return found[0];
    }

    /** The patterns that may match somewhere in the text, by their index. */
    public BitSet candidates(CharSequence text) {
        BitSet candidates = (BitSet) always.clone();
        if (automaton != null) {
            automaton.scan(text, (end, owners) -> {
                for (int owner : owners) {
                    candidates.set(owner);
                }
                return true;
            });
        }
        return candidates;
    }

    /** Whether this prefilter lets every text through for every pattern. */
    public boolean passesAll() {
        return always.cardinality() == literals.size();
    }

    /** How many patterns this prefilter answers for. */
    int patterns() {
        return literals.size();
    }

    /** Each pattern's required texts, null where not known. */
    List<Set<String>> literals() {
        return literals;
    }
}
