package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's {@code exceptions}, read as Vale reads them: one regex of all terms, longest first (so
 * that alternation prefers the longer term), each case-sensitive unless it starts with {@code
 * (?i)}, between word boundaries. A match is excepted where that regex is found anywhere in the
 * matched text, not only where it covers all of it. Terms with spaces are also looked for in the
 * whole block, ignoring case, so that a match inside an accepted phrase ("mea" in "mea culpa") is
 * excepted too.
 *
 * <p>Vale adds the project's vocabulary to these terms ({@code vocab: true}); contentlint has no
 * vocabularies, so {@code vocab} changes nothing here.
 */
final class ExceptionTerms {

    static final ExceptionTerms NONE = new ExceptionTerms(List.of(), "", null, null);

    private final List<Pattern> each;
    private final String regex;
    private final Pattern terms;
    private final Pattern phrases;

    private ExceptionTerms(List<Pattern> each, String regex, Pattern terms, Pattern phrases) {
        this.each = List.copyOf(each);
        this.regex = regex;
        this.terms = terms;
        this.phrases = phrases;
    }

    /**
     * Reads the exceptions under a key.
     *
     * @param withPhrases whether terms with spaces also except matches inside them in the text
     *     (Vale does this for {@code existence} and {@code repetition})
     */
    static ExceptionTerms from(RuleSource source, String key, boolean withPhrases)
            throws ConfigException {
        List<String> list = source.strings(key);
        if (list.isEmpty()) {
            return NONE;
        }
        List<String> longestFirst = new ArrayList<>(list);
        longestFirst.removeIf(String::isEmpty);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<Pattern> each = new ArrayList<>();
        for (String term : longestFirst) {
            each.add(source.pattern(key, list.indexOf(term), term, 0));
        }
        // Each term in a group of its own flags, so that one term's (?i) reaches no other.
        List<String> caseSensitive = longestFirst.stream()
                .map(term -> term.startsWith("(?i)") ? "(?i:" + term.substring(4) + ")"
                        : "(?-i:" + term + ")").toList();
        String regex = "\\b(?:" + String.join("|", caseSensitive) + ")\\b";
        Pattern terms = source.pattern(key, "(?m)" + regex, 0);
        Pattern phrases = null;
        List<String> multiWord = list.stream()
                .filter(t -> t.contains(" ") || t.contains("\t") || t.contains("\\s")).toList();
        if (withPhrases && !multiWord.isEmpty()) {
            try {
                phrases = ValeRegex.compile("(?i)\\b(?:" + String.join("|", multiWord) + ")\\b", 0);
            } catch (PatternSyntaxException e) {
                phrases = null; // as Vale: the terms themselves were checked above
            }
        }
        return new ExceptionTerms(each, regex, terms, phrases);
    }

    boolean isEmpty() {
        return terms == null;
    }

    /** Each term compiled on its own, longest first. */
    List<Pattern> patterns() {
        return each;
    }

    /** The regex of all terms between word boundaries; empty where there are none. */
    String regex() {
        return regex;
    }

    /** Whether a matched text contains an exception term. */
    boolean excepts(String observed) {
        return terms != null && terms.matcher(observed).find();
    }

    /** Whether the chars {@code start..end} of a text lie inside an accepted phrase. */
    boolean withinPhrase(String text, int start, int end) {
        if (phrases == null) {
            return false;
        }
        Matcher m = phrases.matcher(text);
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
            if (m.start() > start) {
                return false;
            }
        }
        return false;
    }
}
