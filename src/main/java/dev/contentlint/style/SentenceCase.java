package dev.contentlint.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence case Vale expects of a heading ({@code strcase.SentenceConverter} of Vale's prose
 * library): the first word capitalized, as is a word after an indicator (a word ending with one
 * of the rule's {@code indicators}, or a first word such as {@code 1.}); words of the rule's
 * exceptions keep their own spelling; every other word in lower case. Words are joined by single
 * spaces, as Vale joins them. Immutable.
 */
final class SentenceCase {

    private static final Pattern NUMBERED = Pattern.compile("\\d+\\.");

    private final Pattern tokens;
    private final List<Pattern> vocab;
    private final List<String> indicators;
    private final Pattern prefix;

    /**
     * @param tokens splits a heading into words, the exceptions first
     * @param vocab the exceptions, each a regex, longest first
     * @param prefix a regex for a prefix left as it is, or null
     */
    SentenceCase(Pattern tokens, List<Pattern> vocab, List<String> indicators, Pattern prefix) {
        this.tokens = tokens;
        this.vocab = List.copyOf(vocab);
        this.indicators = List.copyOf(indicators);
        this.prefix = prefix;
    }

    String convert(String text) {
        String lead = Prefix.of(prefix, text);
        List<String> words = Casing.tokens(tokens, text.substring(lead.length()));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (inVocab(word)) {
                made.add(word);
            } else if (i == 0 || indicates(words.get(i - 1), i - 1)) {
                made.add(Casing.capitalize(word, true));
            } else {
                made.add(Casing.lower(word));
            }
        }
        return lead + String.join(" ", made);
    }

    private boolean indicates(String word, int index) {
        for (String indicator : indicators) {
            if (word.endsWith(indicator)) {
                return true;
            }
        }
        return index == 0 && NUMBERED.matcher(word).find();
    }

    private boolean inVocab(String word) {
        for (Pattern term : vocab) {
            if (term.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }
}
