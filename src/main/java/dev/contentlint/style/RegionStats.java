package dev.contentlint.style;

/**
 * The counts of one region's prose in one scope, measured once for every {@code metric} and
 * {@code readability} rule that reads it: Readability's seven rules each counted every word's
 * syllables again, most of a run with that package on. One file's check owns it, on one thread.
 */
public final class RegionStats {

    private TextStats withSyllables;
    private TextStats withoutSyllables;

    /**
     * The region's counts. Counts made with syllables serve a rule that needs none as well: it
     * reads none of the variables that differ.
     */
    TextStats of(ScopedText text, boolean syllables) {
        if (withSyllables != null) {
            return withSyllables;
        }
        if (syllables) {
            withSyllables = TextStats.ofRegion(text, true);
            return withSyllables;
        }
        if (withoutSyllables == null) {
            withoutSyllables = TextStats.ofRegion(text, false);
        }
        return withoutSyllables;
    }
}
