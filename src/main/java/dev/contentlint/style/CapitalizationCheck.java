package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vale's {@code capitalization}: each block (typically a heading) must be in the case named by
 * {@code match}; where it is not, one alert spanning the block's text, with the text and the
 * expected form as the message's values (Vale formats its message with both).
 *
 * <p>As in Vale ({@code internal/check/capitalization.go}, {@code variables.go}):
 * <ul>
 *   <li>{@code $lower}, {@code $upper}: the text equals its lower (upper) case, or an exception
 *       is found in it.
 *   <li>a regex: it is found in the text, or an exception is.
 *   <li>{@code $title} ({@code style}: {@code AP}, the default, or {@code Chicago}): the text is
 *       split into words (exceptions first, then {@code [\p{N}\p{L}*]+[^\s]*}), and so is the
 *       expected title case ({@link TitleCase}); a word is right when it equals the expected word
 *       at its place, is an exception, or is all upper case; words past the end of the expected
 *       ones are right.
 *   <li>{@code $sentence}: the same against the expected sentence case ({@link SentenceCase},
 *       with {@code indicators}), except that all-upper words are not excused, and a first word
 *       that is wrong and not capitalized as a title fails the block at once.
 *   <li>the block passes when right words / words is at least {@code threshold} (default 0.8;
 *       0 reads as 0.8, as in Vale). {@code prefix} is a regex for a leading part kept as it is.
 * </ul>
 *
 * <p>Exceptions are regexes, case-sensitive unless written with {@code (?i)} (Vale hands them to
 * its case converters as {@code (?-i)term}). A block with no words passes (Vale divides by zero
 * and reports it). {@code vocab} is accepted; there are no project vocabularies here. An unknown
 * {@code style} falls back to AP as in Vale, with a warning.
 */
public final class CapitalizationCheck implements Check {

    public static final Set<String> KEYS = Set.of("match", "style", "exceptions", "indicators",
            "threshold", "prefix", "vocab");

    private static final double DEFAULT_THRESHOLD = 0.8;

    private record Verdict(String expected, boolean right) {}

    @FunctionalInterface
    private interface Rule {
        Verdict judge(String text);
    }

    private final Rule rule;

    private CapitalizationCheck(Rule rule) {
        this.rule = rule;
    }

    public static Check from(RuleSource source) throws ConfigException {
        String match = source.string("match");
        if (match.isEmpty()) {
            throw source.error("match", "is empty: use $title, $sentence, $lower, $upper or a"
                    + " regex");
        }
        source.bool("vocab", true);
        ExceptionTerms exceptions = ExceptionTerms.from(source, "exceptions", true);
        double threshold = RuleValues.decimal(source, "threshold", 0);
        if (threshold < 0 || threshold > 1) {
            throw source.error("threshold", "must be between 0 and 1, not " + threshold);
        }
        double limit = threshold == 0 ? DEFAULT_THRESHOLD : threshold;
        Pattern prefix = source.has("prefix")
                ? source.pattern("prefix", source.string("prefix"), 0) : null;
        Pattern words = source.pattern("exceptions", exceptions.isEmpty() ? Casing.WORD
                : exceptions.regex() + "|" + Casing.WORD, 0);
        Rule rule = switch (match) {
            case "$lower" -> text -> {
                String expected = Casing.lower(text);
                return new Verdict(expected, text.equals(expected) || exceptions.excepts(text));
            };
            case "$upper" -> text -> {
                String expected = Casing.upper(text);
                return new Verdict(expected, text.equals(expected) || exceptions.excepts(text));
            };
            case "$title" -> title(source, exceptions, words, prefix, limit);
            case "$sentence" -> sentence(new SentenceCase(words, exceptions.patterns(),
                    source.strings("indicators"), prefix), exceptions, words, limit);
            default -> {
                Pattern pattern = source.pattern("match", match, 0);
                yield text -> new Verdict(match,
                        pattern.matcher(text).find() || exceptions.excepts(text));
            }
        };
        return new CapitalizationCheck(rule);
    }

    private static Rule title(RuleSource source, ExceptionTerms exceptions, Pattern words,
            Pattern prefix, double limit) throws ConfigException {
        String style = source.optionalString("style").orElse("AP");
        if (!style.equals("AP") && !style.equals("Chicago")) {
            source.warn("style", "'" + style + "' is not AP or Chicago; AP is used, as in Vale");
        }
        TitleCase converter = new TitleCase(style.equals("Chicago"), exceptions.patterns(),
                prefix);
        return text -> {
            String expected = converter.convert(text);
            List<String> want = Casing.tokens(words, expected);
            List<String> have = Casing.tokens(words, text);
            int right = 0;
            for (int i = 0; i < have.size(); i++) {
                String word = have.get(i);
                if (i >= want.size() || word.equals(want.get(i)) || exceptions.excepts(word)
                        || converter.accepts(word, want.get(i))
                        || word.equals(Casing.upper(word))) {
                    right++;
                }
            }
            return new Verdict(expected, passes(right, have.size(), limit));
        };
    }

    private static Rule sentence(SentenceCase converter, ExceptionTerms exceptions, Pattern words,
            double limit) {
        return text -> {
            String expected = converter.convert(text);
            List<String> want = Casing.tokens(words, expected);
            List<String> have = Casing.tokens(words, text);
            int right = 0;
            for (int i = 0; i < have.size(); i++) {
                String word = have.get(i);
                if (i >= want.size() || word.equals(want.get(i)) || exceptions.excepts(word)) {
                    right++;
                } else if (i == 0 && !word.equals(Casing.goTitle(Casing.lower(word)))) {
                    return new Verdict(expected, false);
                }
            }
            return new Verdict(expected, passes(right, have.size(), limit));
        };
    }

    private static boolean passes(int right, int words, double limit) {
        return words == 0 || (double) right / words >= limit;
    }

    @Override
    public List<Alert> check(ScopedText text) {
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            String content = block.text();
            if (content.isEmpty()) {
                continue;
            }
            Verdict verdict = rule.judge(content);
            if (!verdict.right()) {
                alerts.add(Alert.of(block.sourceStart(), block.sourceEnd(content.length()),
                        content, verdict.expected()));
            }
        }
        return alerts;
    }
}
