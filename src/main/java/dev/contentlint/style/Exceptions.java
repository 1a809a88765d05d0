package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code exceptions}, read as Vale reads them: each term is a regex; longer terms are
 * tried first; each term is case-sensitive unless it starts with {@code (?i)}; the whole is
 * bounded by {@code \b}. Terms of more than one word (holding a space, a tab or {@code \s}) also
 * excuse a match that falls inside them, case-insensitively. Immutable.
 */
final class Exceptions {

    private final List<String> terms;
    private final List<Pattern> each;
    private final String regex;
    private final Pattern pattern;
    private final Pattern phrases;

    private Exceptions(List<String> terms, List<Pattern> each, String regex, Pattern pattern,
            Pattern phrases) {
        this.terms = List.copyOf(terms);
        this.each = List.copyOf(each);
        this.regex = regex;
        this.pattern = pattern;
        this.phrases = phrases;
    }

    static Exceptions from(RuleSource source, String key) throws ConfigException {
        List<String> terms = new ArrayList<>(source.strings(key));
        terms.removeIf(String::isEmpty);
        terms.sort(Comparator.comparingInt(String::length).reversed());
        if (terms.isEmpty()) {
            return new Exceptions(List.of(), List.of(), "", null, null);
        }
        List<Pattern> each = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> multiWord = new ArrayList<>();
        for (String term : terms) {
            each.add(source.pattern(key, term, 0));
            parts.add(term.startsWith("(?i)") ? "(?i:" + term.substring(4) + ")"
                    : "(?-i:" + term + ")");
            if (term.contains(" ") || term.contains("\t") || term.contains("\\s")) {
                multiWord.add(term);
            }
        }
        String regex = "\\b(?:" + String.join("|", parts) + ")\\b";
        Pattern phrases = multiWord.isEmpty() ? null : source.pattern(key,
                "\\b(?:" + String.join("|", multiWord) + ")\\b", Pattern.CASE_INSENSITIVE);
        return new Exceptions(terms, each, regex, source.pattern(key, regex, 0), phrases);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Each term compiled on its own, in the order of {@link #terms()}. */
    List<Pattern> patterns() {
        return each;
    }

    /** The regex of all terms, empty where there are none. */
    String regex() {
        return regex;
    }

    /** Whether a term is found in a text (Vale's {@code isMatch}: found, not the whole). */
    boolean matches(String text) {
        return pattern != null && pattern.matcher(text).find();
    }

    /** Whether a stretch of a text lies within a term of more than one word. */
    boolean withinPhrase(String text, int start, int end) {
        if (phrases == null) {
            return false;
        }
        Matcher m = phrases.matcher(text);
        while (m.find()) {
            if (start >= m.start() && end <= m.end()) {
                return true;
            }
        }
        return false;
    }
}
