package dev.contentlint.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case helpers with the meaning Vale's Go code gives them. */
final class Casing {

    /** A word as Vale's capitalization rules split a heading: {@code [\p{N}\p{L}*]+[^\s]*}. */
    static final String WORD = "[\\p{N}\\p{L}*]+\\S*";

    private Casing() {}

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The first char in title case; the rest lower-cased when strict, else as it is. */
    static String capitalize(String word, boolean strict) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        int size = Character.charCount(first);
        String rest = word.substring(size);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(strict ? lower(rest) : rest).toString();
    }

    /**
     * Go's {@code strings.Title}: each letter after a separator in title case. Separators are
     * ASCII chars other than letters, digits and {@code _}, and non-ASCII spaces.
     */
    static String goTitle(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(c) : c);
            prev = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        if (c <= 0x7F) {
            return !(Character.isLetterOrDigit(c) || c == '_');
        }
        if (Character.isLetter(c) || Character.isDigit(c)) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** All matches of a pattern, in order. */
    static List<String> tokens(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
