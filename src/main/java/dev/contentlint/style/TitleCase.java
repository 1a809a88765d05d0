package dev.contentlint.style;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title case Vale expects of a heading ({@code strcase.TitleConverter} of Vale's prose
 * library): each word capitalized, except small words (articles, short conjunctions and
 * prepositions; Chicago style: all prepositions) that are neither first nor last, that follow a
 * space, a hyphen or a slash, and do not follow a colon or a dash; words of the rule's
 * exceptions keep their own spelling. Immutable.
 *
 * <p>AP style capitalizes {@code to} in an infinitive and not as a preposition, which Vale tells
 * apart with a part-of-speech tagger; there is none here, so in AP style {@code to} and {@code
 * To} are both accepted where a small word may be (see {@link #accepts}).
 */
final class TitleCase {

    private static final Pattern SPLIT = Pattern.compile("[\\p{N}\\p{L}]+[^\\s\\-/]*");
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "but", "by",
            "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the", "to", "vs", "vs.",
            "via", "v", "v.");
    private static final Set<String> PREPOSITIONS = Set.of("with", "from", "into", "during",
            "including", "until", "against", "among", "throughout", "despite", "towards", "upon",
            "concerning", "about", "over", "through", "before", "between", "after", "since",
            "without", "under", "within", "along", "following", "across", "beyond", "around",
            "down", "near", "above");

    private final boolean chicago;
    private final List<Pattern> vocab;
    private final Pattern prefix;

    /**
     * @param vocab the exceptions, each a regex, longest first
     * @param prefix a regex for a prefix left as it is, or null
     */
    TitleCase(boolean chicago, List<Pattern> vocab, Pattern prefix) {
        this.chicago = chicago;
        this.vocab = List.copyOf(vocab);
        this.prefix = prefix;
    }

    String convert(String text) {
        String lead = Prefix.of(prefix, text);
        String s = text.substring(lead.length());
        String t = sanitize(s);
        int end = t.length();
        Matcher m = SPLIT.matcher(s);
        StringBuilder out = new StringBuilder(lead);
        while (m.find()) {
            String word = m.group();
            int pos = m.start();
            int next = pos + word.length();
            char prev = charAt(t, pos - 1);
            String replacement = inVocab(word);
            if (replacement == null) {
                boolean small = isSmall(Casing.lower(word), pos == 0 || next == end)
                        && (prev == ' ' || prev == '-' || prev == '/')
                        && charAt(t, pos - 2) != ':' && charAt(t, pos - 2) != '-'
                        && (charAt(t, next) != '-' || prev == '-');
                replacement = small ? Casing.lower(word) : Casing.capitalize(word, false);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a word differing from the expected one is still right (AP's {@code to}). */
    boolean accepts(String word, String expected) {
        return !chicago && expected.equals("to") && word.equals("To");
    }

    private boolean isSmall(String word, boolean firstOrLast) {
        return !firstOrLast && (SMALL.contains(word) || chicago && PREPOSITIONS.contains(word));
    }

    private String inVocab(String word) {
        for (Pattern term : vocab) {
            if (term.matcher(word).find()) {
                return word;
            }
        }
        return null;
    }

    /** Curly quotes and dashes as their ASCII forms, char for char. */
    private static String sanitize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '\u201c', '\u201d' -> '"';
                case '\u2018', '\u2019' -> '\'';
                case '\u2013', '\u2014' -> '-';
                case '\u2026' -> '.';
                default -> c;
            });
        }
        return out.toString();
    }

    private static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : 0;
    }
}
