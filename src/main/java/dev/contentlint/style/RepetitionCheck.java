package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vale's {@code repetition}: reports a match of its tokens that is the same as the match before it
 * ("the the"), from the start of the first to the end of the second, with the repeated text as the
 * {@code %s}. As Vale builds it, the pattern is the tokens joined by {@code |} in one group, with
 * {@code (?i)} for {@code ignorecase} and no word boundaries; matches are compared trimmed,
 * ignoring case with {@code ignorecase}, and with {@code alpha} only matches of letters alone
 * count. "Before it" is the previous match of the pattern in the block, whatever lies between: a
 * rule whose tokens match every word compares neighbours, one with a single word finds it twice in
 * a row.
 *
 * <p>Vale skips a pair that spans two sentences ("I forgot that. That is..."), telling sentences
 * apart with its tokenizer; here a {@code .}, {@code !} or {@code ?} followed by a space (closing
 * quotes and brackets between) from the first match up to the second is such an end. A pair that
 * contains an exception term, or lies inside an accepted phrase, is not reported.
 *
 * <p>{@code max} is how many repeats in a row are let pass: the alert comes with repeat
 * {@code max + 1}, after which counting starts over. Vale keeps counting across pairs that differ,
 * so that with a {@code max} two unrelated repeats add up; here a pair that differs resets the
 * count. With {@code max: 0} (Vale's default, and every published rule) the two agree.
 */
public final class RepetitionCheck implements Check {

    public static final Set<String> KEYS = Set.of("tokens", "max", "ignorecase", "alpha",
            "exceptions");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201D)\\]]*\\s");

    private final Pattern pattern;
    /** The pattern found by hand, where it is one char class repeated (see {@link CharRun}). */
    private final CharRun run;
    private final int max;
    private final boolean ignoreCase;
    private final boolean alpha;
    private final ExceptionTerms exceptions;

    private RepetitionCheck(Pattern pattern, CharRun run, int max, boolean ignoreCase,
            boolean alpha, ExceptionTerms exceptions) {
        this.pattern = pattern;
        this.run = run;
        this.max = max;
        this.ignoreCase = ignoreCase;
        this.alpha = alpha;
        this.exceptions = exceptions;
    }

    public static RepetitionCheck from(RuleSource source) throws ConfigException {
        List<String> tokens = source.strings("tokens");
        for (int i = 0; i < tokens.size(); i++) {
            source.pattern("tokens", i, tokens.get(i), 0);
        }
        if (tokens.isEmpty()) {
            source.warn("tokens", "no tokens are set: the rule never reports anything");
        }
        int max = source.integer("max", 0);
        if (max < 0) {
            throw source.error("max", "must not be negative, not " + max);
        }
        boolean ignoreCase = source.bool("ignorecase", false);
        boolean alpha = source.bool("alpha", false);
        Pattern pattern = source.pattern("tokens",
                (ignoreCase ? "(?i)" : "") + "(" + String.join("|", tokens) + ")", 0);
        CharRun run = tokens.size() != 1 ? null : CharRun.of(ValeRegex.translate(tokens.get(0)),
                ValeRegex.FLAGS | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0)).orElse(null);
        return new RepetitionCheck(pattern, run, max, ignoreCase, alpha,
                ExceptionTerms.from(source, "exceptions", true));
    }

    @Override
    public List<Alert> check(ScopedText text) {
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            check(block, text, alerts);
        }
        return alerts;
    }

    private void check(TextBlock block, ScopedText text, List<Alert> alerts) {
        String prose = block.text();
        // A run cannot backtrack, so it reads the text as it is, without the budget's count.
        Matches m = run != null ? run.in(prose) : Matches.of(pattern.matcher(text.chars(block)));
        // Each match is compared with the one before it where both lie in the block's text,
        // trimmed as String.strip trims: no string is made for the thousands of words that a
        // rule matching every word ("the the") meets, only for a repeat.
        int previousFrom = 0;
        int previousTo = 0;
        int previousStart = -1;
        int repeats = 0;
        while (m.find()) {
            int from = m.start();
            int to = m.end();
            while (from < to && Character.isWhitespace(prose.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(prose.charAt(to - 1))) {
                to--;
            }
            int length = to - from;
            boolean hit = length > 0 && length == previousTo - previousFrom
                    && prose.regionMatches(ignoreCase, from, prose, previousFrom, length)
                    && (!alpha || letters(prose, from, to));
            repeats = hit ? repeats + 1 : 0;
            if (hit && repeats > max && oneSentence(prose, previousStart, m.start())
                    && !exceptions.excepts(prose.substring(previousStart, m.end()))
                    && !exceptions.withinPhrase(prose, previousStart, m.end())) {
                alerts.add(Alert.inBlock(block, previousStart, m.end(), prose.substring(from, to)));
                repeats = 0;
            }
            previousFrom = from;
            previousTo = to;
            previousStart = m.start();
        }
    }

    private static boolean letters(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean oneSentence(String prose, int from, int to) {
        return !SENTENCE_END.matcher(prose).region(from, to).find();
    }
}
