package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regex with what makes it fast on prose: a {@link Prefilter} that skips the blocks it
 * cannot match in, and, where its matches are known texts, the {@link MatchStarts} that tell
 * where in a block to try it. {@link Hits#find()} finds exactly what {@link Matcher#find()} would.
 *
 * <p>Immutable once built, so shared by every thread.
 */
public final class ProsePattern {

    private final Pattern pattern;
    /** Made when first needed: see {@link Lazy}. */
    private final Lazy<Fast> fast;

    /** @param starts null where a match may start anywhere */
    private record Fast(Prefilter prefilter, MatchStarts starts) {}

    private ProsePattern(Pattern pattern) {
        this.pattern = pattern;
        this.fast = new Lazy<>(() -> {
            RequiredLiterals.Analysis analysis = RequiredLiterals.analyze(pattern);
            return new Fast(Prefilter.ofLiterals(java.util.Collections.singletonList(
                    analysis.required().orElse(null))),
                    MatchStarts.ofPrefixes(analysis.prefixes()).orElse(null));
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

    /** The matches in a block of the text, or none where the prefilter rules them out. */
    public Hits hits(ScopedText text, TextBlock block) {
        Fast made = fast.get();
        if (!text.mayMatch(made.prefilter(), block)) {
            return Hits.NONE;
        }
        Matcher matcher = pattern.matcher(text.chars(block));
        return made.starts() == null ? new Hits(matcher, null)
                : new Hits(matcher, made.starts().in(block.text()));
    }

    /** The matches in one block, found one by one. */
    public static final class Hits {

        static final Hits NONE = new Hits(null, new int[0]);

        private final Matcher matcher;
        /** Where a match may start, in order; null where it may start anywhere. */
        private final int[] starts;
        private int next;
        /** Where the next match may start at the earliest: the end of the last one. */
        private int from;

        private Hits(Matcher matcher, int[] starts) {
            this.matcher = matcher;
            this.starts = starts;
            if (matcher != null && starts != null) {
                // Look-arounds and boundaries see the text around the start, as find() does.
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** Finds the next match, as {@link Matcher#find()} does; false where there is none. */
        public boolean find() {
            if (starts == null) {
                return matcher.find();
            }
            int length = matcher == null ? 0 : matcher.regionEnd();
            while (next < starts.length) {
                int start = starts[next++];
                if (start < from) {
                    continue;
                }
                matcher.region(start, length);
                if (matcher.lookingAt()) {
                    from = matcher.end() == start ? start + 1 : matcher.end();
                    return true;
                }
            }
            return false;
        }

        /** The matcher, at the match {@link #find()} found. */
        public Matcher matcher() {
            return matcher;
        }
    }
}
