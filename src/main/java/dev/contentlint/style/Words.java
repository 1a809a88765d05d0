package dev.contentlint.style;

/**
 * The words of Vale's {@code summarize} package in a stretch of text: the matches of {@code
 * (?:[A-Z]\.){2,}|[\p{N}\p{L}']+}, found by a loop exactly where that regex finds them in the
 * stretch (as a substring). By hand because metric rules count every word of a file, and the
 * regex engine's per-match overhead was most of that time.
 */
final class Words extends LoopMatches {

    /** {@code [\p{N}\p{L}']}. */
    private static final CharRun WORD_CHARS = new CharRun(c -> c == '\'' || isLetterOrNumber(c));

    /** The words of text from index from up to (not including) index to. */
    Words(String text, int from, int to) {
        super(text, from, to);
    }

    @Override
    protected int matchEnd(int i) {
        int j = initials(i);
        return j > i ? j : WORD_CHARS.endOfRun(text, i, to);
    }

    /** The end of {@code (?:[A-Z]\.){2,}} from i, or i where there are fewer than two. */
    private int initials(int i) {
        int j = i;
        while (j + 1 < to && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z' && text.charAt(j + 1) == '.') {
            j += 2;
        }
        return j - i >= 4 ? j : i;
    }


    /** {@code \p{L}} or {@code \p{N}}: Go's {@code unicode.IsLetter || unicode.IsNumber}. */
    static boolean isLetterOrNumber(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
