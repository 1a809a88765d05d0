package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regex with what makes it fast on prose: a {@link Prefilter} that skips the blocks it
 * cannot match in, and, where its matches are known texts, the {@link MatchStarts} that tell
 * where in a block to try it, or, where they begin with a run of one class, the {@link
 * RunStarts}. {@link Hits#find()} finds exactly what {@link Matcher#find()} would.
 *
 * <p>Where a match can start only at known places and the pattern can match at one place in a
 * bounded number of ways (no {@code *}, {@code +} or {@code {n,}}: a word list, say), the regex
 * cannot backtrack without end at any one place. Its text is then read as it is, not through the
 * {@link RegexBudget}'s counting wrapper (a twentieth of a build's time), and the budget is
 * charged for each place tried instead: the regex cannot run away between two looks at the clock.
 *
 * <p>Immutable once built, so shared by every thread.
 */
public final class ProsePattern {

    private final Pattern pattern;
    /** Made when first needed: see {@link Lazy}. */
    private final Lazy<Fast> fast;

    /**
     * @param starts null where a match may start anywhere
     * @param ways at most how many ways the pattern can match at one place, where there are
     *     few enough to read the text as it is (and the starts are known); else 0
     */
    private record Fast(Prefilter prefilter, MatchStarts starts, long ways, RunStarts runs) {}

    /**
     * The most ways to match at one place for which the text is read as it is: one place then
     * costs at most this many tries, so the budget's clock is still read within milliseconds.
     */
    static final long MAX_WAYS = 100_000;

    private ProsePattern(Pattern pattern) {
        this.pattern = pattern;
        this.fast = new Lazy<>(() -> {
            RequiredLiterals.Analysis analysis = RequiredLiterals.analyze(pattern);
            MatchStarts starts = MatchStarts.ofPrefixes(analysis.prefixes())
                    .or(() -> MatchStarts.around(analysis.required(), analysis.longest()))
                    .orElse(null);
            return new Fast(Prefilter.ofLiterals(java.util.Collections.singletonList(
                    analysis.required().orElse(null))), starts,
                    starts != null && analysis.paths() <= MAX_WAYS ? analysis.paths() : 0,
                    starts == null ? RunStarts.of(pattern).orElse(null) : null);
        });
    }

    public static ProsePattern of(Pattern pattern) {
        return new ProsePattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Prefilter prefilter() {
        return fast.get().prefilter();
    }

    /** Where a match can start, where that is known: none or one. */
    List<MatchStarts> matchStarts() {
        MatchStarts starts = fast.get().starts();
        return starts == null ? List.of() : List.of(starts);
    }

    /** Whether the text is read as it is, the budget charged per place tried (see above). */
    boolean readsPlainText() {
        return fast.get().ways() > 0;
    }

    /** The matches in a block of the text, or none where the prefilter rules them out. */
    public Hits hits(ScopedText text, TextBlock block) {
        return hits(text, block, null);
    }

    /**
     * The same, taking over the matcher of the hits of an earlier block, which must be done
     * with: a matcher of a long word list (hundreds of groups) costs more to make than to reset.
     */
    public Hits hits(ScopedText text, TextBlock block, Hits earlier) {
        Fast made = fast.get();
        if (!text.mayMatch(made.prefilter(), block)) {
            return earlier == null || earlier.matcher == null ? Hits.NONE : earlier.idle();
        }
        if (made.ways() > 0) {
            return new Hits(matcher(block.text(), earlier), text.starts(made.starts(), block),
                    text.budget(), made.ways());
        }
        Matcher matcher = matcher(text.chars(block), earlier);
        if (made.starts() != null) {
            return new Hits(matcher, text.starts(made.starts(), block), RegexBudget.NONE, 0);
        }
        if (made.runs() != null) {
            if (RunStarts.readable(block.text())) {
                return new Hits(matcher, made.runs(), block.text());
            }
            // The bounds the runs set on a matcher taken over from an earlier block, undone.
            matcher.useTransparentBounds(false).useAnchoringBounds(true);
        }
        return new Hits(matcher, null, RegexBudget.NONE, 0);
    }

    private Matcher matcher(CharSequence chars, Hits earlier) {
        return earlier == null || earlier.matcher == null ? pattern.matcher(chars)
                : earlier.matcher.reset(chars);
    }

    /** The matches in one block, found one by one. */
    public static final class Hits {

        static final Hits NONE = new Hits(null, new int[0], RegexBudget.NONE, 0);
        private static final int[] NO_STARTS = new int[0];

        private final Matcher matcher;
        /** Where a match may start, in order; null where it may start anywhere. */
        private final int[] starts;
        /** Charged for each place tried, where the matcher reads the text uncounted. */
        private final RegexBudget budget;
        /** What one place costs the budget: the most ways to match there. */
        private final long ways;
        private int next;
        /** Where the next match may start at the earliest: the end of the last one. */
        private int from;
        /** Where the pattern's matches begin with a run of one class, those runs; else null. */
        private final RunStarts runs;
        /** The block's text, where the runs are read in it. */
        private final String text;
        /** The assertions before the run, read in the text; null where there are none. */
        private final Matcher lead;
        /** Where the run of the place last tried ends. */
        private final int[] runEnd = new int[1];

        private Hits(Matcher matcher, int[] starts, RegexBudget budget, long ways) {
            this.matcher = matcher;
            this.starts = starts;
            this.budget = budget;
            this.ways = ways;
            this.runs = null;
            this.text = null;
            this.lead = null;
            if (matcher != null && starts != null) {
                // Look-arounds and boundaries see the text around the start, as find() does.
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        private Hits(Matcher matcher, RunStarts runs, String text) {
            this.matcher = matcher;
            this.starts = null;
            this.budget = RegexBudget.NONE;
            this.ways = 0;
            this.runs = runs;
            this.text = text;
            this.lead = runs.leadMatcher(text);
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Finds the next match, as {@link Matcher#find()} does; false where there is none. */
        public boolean find() {
            if (runs != null) {
                return findInRuns();
            }
            if (starts == null) {
                return matcher.find();
            }
            int length = matcher == null ? 0 : matcher.regionEnd();
            while (next < starts.length) {
                int start = starts[next++];
                if (start < from) {
                    continue;
                }
                budget.spend(ways);
                matcher.region(start, length);
                if (matcher.lookingAt()) {
                    from = matcher.end() == start ? start + 1 : matcher.end();
                    return true;
                }
            }
            return false;
        }

        /** Tries the pattern once in each run: see {@link RunStarts}. */
        private boolean findInRuns() {
            int length = text.length();
            while (true) {
                int place = runs.next(text, from, lead, runEnd);
                if (place < 0) {
                    from = length;
                    return false;
                }
                matcher.region(place, length);
                if (matcher.lookingAt()) {
                    from = matcher.end() == place ? place + 1 : matcher.end();
                    return true;
                }
                from = runEnd[0];
            }
        }

        /** No match, keeping the matcher for a later block. */
        private Hits idle() {
            return new Hits(matcher, NO_STARTS, RegexBudget.NONE, 0);
        }

        /** The matcher, at the match {@link #find()} found. */
        public Matcher matcher() {
            return matcher;
        }
    }
}
