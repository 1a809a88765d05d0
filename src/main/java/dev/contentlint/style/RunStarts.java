package dev.contentlint.style;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to try a pattern whose every match begins with a run of one char class, {@code C+}, after
 * nothing but zero-width assertions: Google's OxfordComma, {@code \b(?:(?:[^,]+,){1,}\s\w+\s
 * (?:and|or))\b}. In each run of chars of C, it is tried once: at the first place where those
 * assertions hold.
 *
 * <p>Why that finds what {@link Matcher#find()} finds: from a place p in a run that ends at b,
 * {@code C+} can end anywhere in (p, b], and what follows reads the same text whichever p the
 * match began at (the pattern holds no back reference). So a later place in the run has only
 * ends that an earlier one has too: where the first place whose assertions hold has no match, no
 * later place in the run has one, and where it has one, that match is the leftmost. A search
 * that goes on inside a run, after a match that ended there, treats the rest of the run alike.
 *
 * <p>Why bother: the regex engine tries such a pattern at every char, and each try reads to the
 * end of the run, so a sentence cost the square of its length.
 *
 * <p>Immutable once built, so shared by every thread.
 */
final class RunStarts {

    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z]+\\)");
    private static final Pattern CLASS_RUN = Pattern.compile("(" + CharRun.ONE_CLASS + ")\\+[+?]?");
    /** A back reference, or \G: what a match then reads depends on where it began. */
    private static final Pattern DEPENDS_ON_START = Pattern.compile("\\\\(?:[1-9]|k<|G)");

    private final CharRun run;
    /** The zero-width assertions before the run, or null where there are none. */
    private final Pattern lead;

    private RunStarts(CharRun run, Pattern lead) {
        this.run = run;
        this.lead = lead;
    }

    /** The run a pattern's every match begins with, where the pattern is read as such. */
    static Optional<RunStarts> of(Pattern pattern) {
        String regex = pattern.pattern();
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
                || DEPENDS_ON_START.matcher(regex).find()) {
            return Optional.empty();
        }
        int at = 0;
        StringBuilder inline = new StringBuilder();
        Matcher flag = INLINE_FLAGS.matcher(regex);
        while (flag.region(at, regex.length()).lookingAt()) {
            if (flag.group().contains("x")) {
                return Optional.empty(); // comments mode
            }
            inline.append(flag.group());
            at = flag.end();
        }
        if (regex.contains("\\Q")) {
            return Optional.empty(); // a quoted | or ( would be read wrong below
        }
        Begin begin = common(Alternation.topLevelAlternatives(regex.substring(at)));
        if (begin == null) {
            return Optional.empty();
        }
        String lead = begin.lead();
        CharRun run = CharRun.ofClass(inline + "(?:" + begin.runClass() + ")", flags);
        return Optional.of(new RunStarts(run, lead.isEmpty() ? null : Pattern.compile(inline + lead, flags)));
    }

    /** What every match of a regex reads first: zero-width assertions, then a run of one class. */
    private record Begin(String lead, String runClass) {}

    /**
     * What alternatives all begin with, where they begin alike (Google's Units: {@code
     * \b\d+(?:B|kB|...)|\b\d+(?:ns|ms|...)}), else null: a match of either then begins where a
     * run does, and what follows the run still reads the same text from wherever it began.
     */
    private static Begin common(java.util.List<String> alternatives) {
        Begin common = null;
        for (String alternative : alternatives) {
            Begin begin = begin(alternative);
            if (begin == null || (common != null && !common.equals(begin))) {
                return null;
            }
            common = begin;
        }
        return common;
    }

    /** What one alternative (no | of its own at the top) begins with, or null. */
    private static Begin begin(String regex) {
        int at = 0;
        while (true) {
            if (regex.startsWith("\\b", at) || regex.startsWith("\\B", at)) {
                at += 2;
            } else if (regex.startsWith("^", at)) {
                at += 1;
            } else {
                break;
            }
        }
        String lead = regex.substring(0, at);
        if (regex.startsWith("(?:", at)) {
            // A group opened before the run: it must be there at least once.
            int close = Alternation.closingParen(regex.substring(at));
            if (close < 0 || !atLeastOnce(regex, at + close + 1)) {
                return null;
            }
            Begin inner = common(Alternation.topLevelAlternatives(regex.substring(at + 3, at + close)));
            return inner == null ? null : new Begin(lead + inner.lead(), inner.runClass());
        }
        Matcher classRun = CLASS_RUN.matcher(regex).region(at, regex.length());
        return classRun.lookingAt() ? new Begin(lead, classRun.group(1)) : null;
    }

    /** Whether what stands at index i of a regex leaves the element before it there once or more. */
    private static boolean atLeastOnce(String regex, int i) {
        if (i >= regex.length()) {
            return true;
        }
        char c = regex.charAt(i);
        if (c == '?' || c == '*') {
            return false;
        }
        if (c == '{') {
            int n = 0;
            int j = i + 1;
            while (j < regex.length() && Character.isDigit(regex.charAt(j))) {
                n = Math.min(1000, n * 10 + regex.charAt(j) - '0');
                j++;
            }
            return j > i + 1 && n >= 1;
        }
        return true;
    }

    /** Whether the matches in a text can be found this way: none of its chars is a surrogate. */
    static boolean readable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false; // a run could begin inside a pair: left to the regex engine
            }
        }
        return true;
    }

    /**
     * The next place from {@code from} on where the pattern is worth trying, or -1: the first
     * place of the next run (or of the rest of the run {@code from} lies in) where the assertions
     * hold. {@code after} is where to look for the next place if this one finds no match.
     *
     * @param leadMatcher a matcher of the assertions over the same text, or null
     */
    int next(String text, int from, Matcher leadMatcher, int[] after) {
        int at = from;
        int length = text.length();
        while (at < length) {
            while (at < length && run.endOfRun(text, at, at + 1) == at) {
                at++;
            }
            if (at >= length) {
                return -1;
            }
            int end = run.endOfRun(text, at, length);
            for (int place = at; place < end; place++) {
                if (leadMatcher == null || leadMatcher.region(place, length).lookingAt()) {
                    after[0] = end;
                    return place;
                }
            }
            at = end;
        }
        return -1;
    }

    /** A matcher of the assertions before the run, over a text, or null where there are none. */
    Matcher leadMatcher(String text) {
        return lead == null ? null
                : lead.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
