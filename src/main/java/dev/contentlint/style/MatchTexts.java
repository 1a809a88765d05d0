package dev.contentlint.style;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known about the texts a part of a regex matches, case folded, and how the parts of a
 * sequence or of alternatives combine; {@link RequiredLiterals} reads a regex into these.
 *
 * @param exact every text it can match, or null where they are many or not known
 * @param required texts of which each match holds one, or null where nothing is required
 * @param prefixes texts of which each match starts with one, or null where not known ("" in it:
 *     the match may start with anything)
 * @param paths at most how many ways the part can match at one place, which bounds what Java's
 *     backtracking engine may try there: {@link #UNBOUNDED} where a quantifier has no upper
 *     bound. Alternatives add, a sequence multiplies, {@code x{n,m}} sums the powers from n to m.
 * @param longest the most chars a match can take: {@link #UNBOUNDED} where a quantifier has no
 *     upper bound or a part's length is not known (a back reference)
 */
record MatchTexts(Set<String> exact, Set<String> required, Set<String> prefixes, long paths,
        long longest) {

    /** No bound on the ways to match: an unbounded quantifier, or what is not understood. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    /** Any one code point (one or two chars): a class too big to list, {@code .}. */
    static final MatchTexts ANY = new MatchTexts(null, null, null, 1, 2);
    /** Any text of any length, matched one way: a back reference, a grapheme cluster. */
    static final MatchTexts ANY_TEXT = new MatchTexts(null, null, null, 1, UNBOUNDED);
    /** Nothing consumed: an anchor, a boundary. */
    static final MatchTexts EMPTY = new MatchTexts(Set.of(""), null, Set.of(""), 1, 0);

    /** The same texts, matched in the given number of ways and at most so many chars long. */
    MatchTexts with(long count, long chars) {
        return new MatchTexts(exact, required, prefixes, count, chars);
    }

    /** The same texts, matched in the given number of ways. */
    MatchTexts withPaths(long count) {
        return with(count, longest);
    }

    /** a * b, or {@link #UNBOUNDED} where that overflows or either is unbounded. */
    static long times(long a, long b) {
        if (a == UNBOUNDED || b == UNBOUNDED) {
            return UNBOUNDED;
        }
        long product = a * b;
        return a != 0 && (product / a != b || product == UNBOUNDED) ? UNBOUNDED : product;
    }

    /** a + b, or {@link #UNBOUNDED} where that overflows or either is unbounded. */
    static long plus(long a, long b) {
        long sum = a + b;
        return a == UNBOUNDED || b == UNBOUNDED || sum < 0 ? UNBOUNDED : sum;
    }

    /**
     * The ways to match {@code x{min,max}} where x matches in the given number of ways: the sum
     * of its powers from min to max, unbounded where max is.
     */
    static long repeated(long ways, int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return UNBOUNDED;
        }
        long power = 1;
        for (int k = 0; k < min && power != UNBOUNDED; k++) {
            power = times(power, ways);
        }
        long sum = power;
        for (int k = min; k < max && sum != UNBOUNDED; k++) {
            power = times(power, ways);
            sum = plus(sum, power);
        }
        return sum;
    }

    /** The most strings a set of exact texts may hold before it counts as "any text". */
    private static final int MAX_STRINGS = 10_000;

    /**
     * A sequence: its exact texts where each part's are known and few, and as the required texts
     * the best of each part's and of each run of parts with exact texts.
     */
    static MatchTexts sequence(List<MatchTexts> factors) {
        if (factors.size() == 1) {
            return factors.get(0);
        }
        Set<String> exact = Set.of("");
        Set<String> best = null;
        Set<String> run = Set.of("");
        long paths = 1;
        long longest = 0;
        for (MatchTexts factor : factors) {
            paths = times(paths, factor.paths());
            longest = plus(longest, factor.longest());
            if (exact != null) {
                exact = factor.exact() == null ? null : cross(exact, factor.exact());
            }
            best = better(best, best(factor));
            if (factor.exact() == null) {
                // The run goes on into how this part starts, and ends there.
                Set<String> into = factor.prefixes() == null || factor.prefixes().contains("")
                        ? null : cross(run, factor.prefixes());
                best = better(best, into == null ? run : into);
                run = Set.of("");
                continue;
            }
            Set<String> longer = cross(run, factor.exact());
            if (longer == null) {
                best = better(best, run);
                run = factor.exact();
            } else {
                run = longer;
            }
        }
        best = better(best, run);
        // From the right: a part with known texts starts the match with one of them, followed
        // by how the rest starts; any other part starts it the way it starts itself.
        Set<String> prefixes = Set.of("");
        for (int i = factors.size() - 1; i >= 0; i--) {
            MatchTexts factor = factors.get(i);
            if (factor.exact() == null) {
                prefixes = factor.prefixes();
            } else if (prefixes == null) {
                prefixes = factor.exact();
            } else {
                Set<String> longer = cross(factor.exact(), prefixes);
                prefixes = longer == null ? factor.exact() : longer;
            }
        }
        return new MatchTexts(exact, best, prefixes, paths, longest);
    }

    static MatchTexts alternatives(List<MatchTexts> alternatives) {
        Set<String> exact = new HashSet<>();
        Set<String> required = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        long paths = 0;
        long longest = 0;
        for (MatchTexts alternative : alternatives) {
            paths = plus(paths, alternative.paths());
            longest = Math.max(longest, alternative.longest());
            if (exact != null) {
                exact = alternative.exact() == null ? null : union(exact, alternative.exact());
            }
            Set<String> best = best(alternative);
            required = required == null || best == null ? null : union(required, best);
            prefixes = prefixes == null || alternative.prefixes() == null ? null
                    : union(prefixes, alternative.prefixes());
        }
        return new MatchTexts(exact, required, prefixes, paths, longest);
    }

    /** What an atom's matches surely hold: its required texts, or its exact ones if better. */
    static Set<String> best(MatchTexts info) {
        return better(info.required(), info.exact());
    }

    /** The more selective of two sets of required texts; a set with "" in it requires nothing. */
    static Set<String> better(Set<String> a, Set<String> b) {
        return score(b) > score(a) ? b : a;
    }

    /**
     * How selective a set of required texts is: longer shortest texts first (up to a point, past
     * which few texts matter more), then fewer texts.
     */
    private static long score(Set<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return Long.MIN_VALUE;
        }
        int shortest = Integer.MAX_VALUE;
        for (String text : texts) {
            shortest = Math.min(shortest, text.length());
        }
        if (shortest == 0) {
            return Long.MIN_VALUE;
        }
        return Math.min(shortest, 16) * (long) (MAX_STRINGS + 1) + (MAX_STRINGS - texts.size());
    }

    static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> product = new HashSet<>();
        for (String x : a) {
            for (String y : b) {
                product.add(x + y);
            }
        }
        return product;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        if (a.size() + b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
