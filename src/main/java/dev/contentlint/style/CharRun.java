package dev.contentlint.style;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A pattern that is one char class repeated: {@code C+}, where C is a bracketed class without
 * nested classes, {@code .}, or an escape such as {@code \S} or {@code \p{L}}. Its matches are
 * found by a loop over the text, exactly where {@link java.util.regex.Matcher#find()} finds them:
 * tried at each char, a surrogate pair read as one code point, each run as long as it goes.
 *
 * <p>Why by hand: a rule such as write-good's Illusions ({@code [^\s]+}) matches every word of
 * every block, and the regex engine's per-match overhead was most of its time. Such a pattern
 * cannot backtrack (nothing follows the run), so its work is linear in the text and it needs no
 * time budget.
 */
final class CharRun {

    /** An escape that stands for one char or one class of chars. */
    private static final String ESCAPE = "\\\\(?:[^QEpPxbBRXGAzZ0-9kN]|[pP]\\{[\\w=]+\\}|[pP][A-Z]"
            + "|x[0-9a-fA-F]{2}|x\\{[0-9a-fA-F]+\\})";
    /** One char class: a bracketed class without nested classes, an escape, or {@code .}. */
    static final String ONE_CLASS = "\\[\\^?(?:[^\\[\\]\\\\]|" + ESCAPE + ")+\\]|" + ESCAPE + "|\\.";
    private static final Pattern FORM = Pattern.compile("(" + ONE_CLASS + ")\\+");

    private final IntPredicate inRun;

    CharRun(IntPredicate inRun) {
        this.inRun = inRun;
    }

    /**
     * The run that this token (compiled with these flags) is, or empty where the token is any
     * other pattern.
     */
    static Optional<CharRun> of(String token, int flags) {
        var form = FORM.matcher(token);
        if (!form.matches() || (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return Optional.empty();
        }
        return Optional.of(ofClass(form.group(1), flags));
    }

    /** The runs of one char class, given as a regex that matches one char of it. */
    static CharRun ofClass(String oneCharRegex, int flags) {
        Pattern oneChar = Pattern.compile(oneCharRegex, flags);
        boolean[] ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = oneChar.matcher(String.valueOf(c)).matches();
        }
        // Chars outside ASCII are rare in prose; each is asked of the class itself.
        return new CharRun(c -> c < 128 ? ascii[c]
                : oneChar.matcher(new String(Character.toChars(c))).matches());
    }

    /**
     * Where the run that starts at from ends, reading no further than to (a surrogate pair is one
     * code point only where both halves lie before to); from where none starts there.
     */
    int endOfRun(String text, int from, int to) {
        int j = from;
        while (j < to) {
            char c = text.charAt(j);
            int codePoint = Character.isHighSurrogate(c) && j + 1 < to
                    && Character.isLowSurrogate(text.charAt(j + 1))
                    ? Character.toCodePoint(c, text.charAt(j + 1)) : c;
            if (!inRun.test(codePoint)) {
                break;
            }
            j += Character.charCount(codePoint);
        }
        return j;
    }

    /** The runs of one text, found one by one as a {@link java.util.regex.Matcher} finds. */
    Runs in(String text) {
        return new Runs(text);
    }

    final class Runs extends LoopMatches {

        private Runs(String text) {
            super(text, 0, text.length());
        }

        @Override
        protected int matchEnd(int i) {
            return endOfRun(text, i, to);
        }
    }
}
