package dev.contentlint.style;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Vale's regexes, compiled for Java. Vale matches with regexp2, a port of .NET's engine run in its
 * RE2 compatibility mode, so a rule is written for .NET syntax with two RE2 additions ({@code
 * (?P<name>...)} and POSIX classes such as {@code [[:alpha:]]}). {@link #translate(String)}
 * rewrites what Java reads differently:
 *
 * <ul>
 *   <li>{@code \w}, {@code \W}, {@code \d}, {@code \s} and their negations become the explicit
 *       Unicode classes regexp2 uses: {@code \w} is letters, non-spacing marks, decimal digits,
 *       connector punctuation and the zero-width (non-)joiners; {@code \d} is decimal digits;
 *       {@code \s} is Go's {@code unicode.IsSpace}, the White_Space property.
 *   <li>{@code \b} and {@code \B} stay Java's, compiled with {@link
 *       Pattern#UNICODE_CHARACTER_CLASS} so that they are Unicode on every JDK (without it, Java
 *       19 and later read them as ASCII). Java's Unicode word chars are regexp2's plus spacing and
 *       enclosing marks, letter numbers and other alphabetic symbols (Devanagari vowel signs, Roman
 *       numeral letters, circled letters): only next to those can a boundary fall differently from
 *       Vale. An exact boundary built from look-arounds on the {@code \w} class made the patterns
 *       of the published styles about 1.7 times slower (58 s against 35 s for their 136 rules
 *       over 2.4 MB of English prose, with the same matches), which is why it is not used; the
 *       flag itself costs nothing measurable. It changes nothing else here: every class it would
 *       change has been spelt out.
 *   <li>Group names become Java's (ASCII letters and digits: {@code (?P<first_word>} becomes
 *       {@code (?<firstx5Fxword>}), {@code \k<...>} references follow; {@code (?#...)} comments go.
 *   <li>Look-behinds: .NET allows any length, Java needs a bounded maximum, so inside a
 *       look-behind {@code *}, {@code +} and {@code {n,}} (greedy or lazy) are bounded by {@link
 *       #LOOK_BEHIND_MAX}: such a look-behind sees at most that many chars back.
 *   <li>Classes: POSIX names become their ASCII ranges (as in RE2), {@code &} is escaped (Java
 *       reads {@code &&} as intersection), a {@code [} that does not open a POSIX name is a literal
 *       (Java would nest a class), and .NET's subtraction {@code [a-z-[aeiou]]} becomes an
 *       intersection with the complement.
 *   <li>An opening brace that starts no quantifier is a literal, as in .NET (Java rejects it);
 *       {@code \v} is the vertical tab, {@code \b} in a class a backspace, and a Go script name
 *       such as {@code \p{Greek}} becomes Java's {@code \p{IsGreek}}.
 * </ul>
 *
 * <p>{@link #compile(String, int)} adds {@link Pattern#UNICODE_CHARACTER_CLASS} (for the
 * boundaries), {@link Pattern#UNICODE_CASE} (regexp2 folds case by Unicode) and {@link
 * Pattern#UNIX_LINES} (in .NET only {@code \n} ends a line for {@code .}, {@code ^} and {@code
 * $}).
 */
public final class ValeRegex {

    /**
     * The most chars an unbounded repetition inside a look-behind may cover. A hundred is longer
     * than any word or URL a prose rule looks back over, and keeps a look-behind cheap.
     */
    public static final int LOOK_BEHIND_MAX = 100;

    /** regexp2's word chars, as the body of a class. */
    static final String WORD_CHARS = "\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\\u200C\\u200D";
    static final String WORD = "[" + WORD_CHARS + "]";
    static final String NOT_WORD = "[^" + WORD_CHARS + "]";
    private static final String DIGIT = "\\p{Nd}";
    private static final String NOT_DIGIT = "\\P{Nd}";
    /** Go's unicode.IsSpace is the White_Space property. */
    private static final String SPACE = "\\p{IsWhite_Space}";
    private static final String NOT_SPACE = "\\P{IsWhite_Space}";

    /** RE2's POSIX classes, ASCII only, as class bodies. */
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "0-9A-Za-z"),
            Map.entry("alpha", "A-Za-z"),
            Map.entry("ascii", "\\x00-\\x7F"),
            Map.entry("blank", "\\t "),
            Map.entry("cntrl", "\\x00-\\x1F\\x7F"),
            Map.entry("digit", "0-9"),
            Map.entry("graph", "!-~"),
            Map.entry("lower", "a-z"),
            Map.entry("print", " -~"),
            Map.entry("punct", "!-/:-@\\[-`{-~"),
            Map.entry("space", "\\t\\n\\x0B\\f\\r "),
            Map.entry("upper", "A-Z"),
            Map.entry("word", "0-9A-Za-z_"),
            Map.entry("xdigit", "0-9A-Fa-f"));

    private ValeRegex() {}

    /**
     * Compiles a Vale regex.
     *
     * @param flags {@link Pattern} flags to add, such as {@link Pattern#CASE_INSENSITIVE}
     * @throws PatternSyntaxException where the regex is not valid
     */
    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(translate(regex), flags | FLAGS);
    }

    /** The flags every Vale regex is compiled with, besides its own. */
    static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE
            | Pattern.UNIX_LINES;

    /**
     * The Java form of a Vale regex.
     *
     * @throws PatternSyntaxException for an unknown POSIX class name, as regexp2 rejects it
     */
    public static String translate(String regex) {
        return new Translator(regex).run();
    }

    /**
     * Whether a compiled Vale regex's {@code \b} counts a code point as a word char: Java's
     * Unicode word chars (alphabetic, marks, decimal digits, connector punctuation, the joiners).
     */
    public static boolean isWordChar(int codePoint) {
        if (Character.isAlphabetic(codePoint) || codePoint == 0x200C || codePoint == 0x200D) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** A Java group name for a .NET one: ASCII letters and digits, starting with a letter. */
    static String groupName(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('x').append(Integer.toHexString(c).toUpperCase()).append('x');
            }
        }
        if (out.isEmpty() || !Character.isLetter(out.charAt(0))) {
            out.insert(0, 'g');
        }
        return out.toString();
    }

    /** One translation: a single left-to-right pass that knows whether it is in a look-behind. */
    private static final class Translator {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        /** For each open group, whether it is a look-behind. */
        private final Deque<Boolean> groups = new ArrayDeque<>();
        private int lookBehinds;
        private int i;
        /** Whether the last thing written was a quantifier (a following ? or + modifies it). */
        private boolean afterQuantifier;

        Translator(String in) {
            this.in = in;
        }

        String run() {
            while (i < in.length()) {
                char c = in.charAt(i);
                boolean quantifier = false;
                switch (c) {
                    case '\\' -> escape();
                    case '[' -> out.append(charClass());
                    case '(' -> groupOpen();
                    case ')' -> {
                        if (!groups.isEmpty() && groups.pop()) {
                            lookBehinds--;
                        }
                        out.append(c);
                        i++;
                    }
                    case '{' -> quantifier = brace();
                    case '*', '+' -> {
                        if (afterQuantifier) {
                            out.append(c); // possessive: Java's reading, .NET rejects it
                        } else if (lookBehinds > 0) {
                            out.append(c == '*' ? "{0," : "{1,").append(LOOK_BEHIND_MAX).append('}');
                            quantifier = true;
                        } else {
                            out.append(c);
                            quantifier = true;
                        }
                        i++;
                    }
                    case '?' -> {
                        out.append(c);
                        quantifier = !afterQuantifier; // x?? is lazy, not a second quantifier
                        i++;
                    }
                    default -> {
                        out.append(c);
                        i++;
                    }
                }
                afterQuantifier = quantifier;
            }
            return out.toString();
        }

        private void escape() {
            if (i + 1 >= in.length()) {
                out.append('\\'); // Java reports the dangling backslash
                i++;
                return;
            }
            char e = in.charAt(i + 1);
            switch (e) {
                case 'w' -> out.append(WORD);
                case 'W' -> out.append(NOT_WORD);
                case 'd' -> out.append(DIGIT);
                case 'D' -> out.append(NOT_DIGIT);
                case 's' -> out.append(SPACE);
                case 'S' -> out.append(NOT_SPACE);
                case 'v' -> out.append("\\x0B");
                case 'p', 'P' -> {
                    i = property(i, out);
                    return;
                }
                case 'k' -> {
                    if (i + 2 < in.length() && (in.charAt(i + 2) == '<' || in.charAt(i + 2) == '\'')) {
                        char close = in.charAt(i + 2) == '<' ? '>' : '\'';
                        int end = in.indexOf(close, i + 3);
                        if (end > 0) {
                            out.append("\\k<").append(groupName(in.substring(i + 3, end))).append('>');
                            i = end + 1;
                            return;
                        }
                    }
                    out.append("\\k");
                }
                default -> out.append('\\').append(e);
            }
            i += 2;
        }

        /** {@code \p{Name}} at {@code at}; returns the index after it. */
        private int property(int at, StringBuilder target) {
            char e = in.charAt(at + 1);
            if (at + 2 < in.length() && in.charAt(at + 2) == '{') {
                int end = in.indexOf('}', at + 3);
                if (end > 0) {
                    String name = in.substring(at + 3, end);
                    target.append('\\').append(e).append('{').append(javaProperty(name)).append('}');
                    return end + 1;
                }
            }
            target.append('\\').append(e);
            return at + 2;
        }

        /** Go names general categories (L, Lu) as Java does, and scripts (Greek) without "Is". */
        private static String javaProperty(String name) {
            boolean category = name.length() <= 2 && !name.isEmpty()
                    && Character.isUpperCase(name.charAt(0))
                    && (name.length() == 1 || Character.isLowerCase(name.charAt(1)));
            return category || name.startsWith("Is") || name.startsWith("In") ? name : "Is" + name;
        }

        private void groupOpen() {
            if (in.startsWith("(?#", i)) {
                int end = in.indexOf(')', i);
                i = end < 0 ? in.length() : end + 1;
                return;
            }
            if (in.startsWith("(?<=", i) || in.startsWith("(?<!", i)) {
                out.append(in, i, i + 4);
                i += 4;
                groups.push(true);
                lookBehinds++;
                return;
            }
            groups.push(false);
            String namePrefix = in.startsWith("(?P<", i) ? "(?P<" : in.startsWith("(?<", i) ? "(?<"
                    : in.startsWith("(?'", i) ? "(?'" : null;
            if (namePrefix != null) {
                char close = namePrefix.endsWith("'") ? '\'' : '>';
                int end = in.indexOf(close, i + namePrefix.length());
                if (end > 0) {
                    out.append("(?<").append(groupName(in.substring(i + namePrefix.length(), end)))
                            .append('>');
                    i = end + 1;
                    return;
                }
            }
            if (in.startsWith("(?", i)) {
                // An option switch such as (?i) opens no group.
                int j = i + 2;
                while (j < in.length() && (Character.isLetter(in.charAt(j)) || in.charAt(j) == '-')) {
                    j++;
                }
                if (j < in.length() && in.charAt(j) == ')') {
                    groups.pop();
                    out.append(in, i, j + 1);
                    i = j + 1;
                    return;
                }
            }
            out.append('(');
            i++;
        }

        /** An opening brace at i: a quantifier, bounded in a look-behind, or a literal brace. */
        private boolean brace() {
            int j = i + 1;
            int minStart = j;
            while (j < in.length() && Character.isDigit(in.charAt(j))) {
                j++;
            }
            String min = in.substring(minStart, j);
            String max = min;
            boolean open = false;
            if (!min.isEmpty() && j < in.length() && in.charAt(j) == ',') {
                j++;
                int maxStart = j;
                while (j < in.length() && Character.isDigit(in.charAt(j))) {
                    j++;
                }
                max = in.substring(maxStart, j);
                open = max.isEmpty();
            }
            if (min.isEmpty() || j >= in.length() || in.charAt(j) != '}') {
                out.append("\\{");
                i++;
                return false;
            }
            if (afterQuantifier) {
                out.append("\\{"); // .NET reads a{2}{3} as nested repetition, an error; keep literal
                i++;
                return false;
            }
            if (open && lookBehinds > 0) {
                long lower = Long.parseLong(min);
                out.append('{').append(min).append(',').append(Math.max(lower, LOOK_BEHIND_MAX))
                        .append('}');
            } else {
                out.append(in, i, j + 1);
            }
            i = j + 1;
            return true;
        }

        /** A class from the {@code [} at i, as Java class text; i ends after its {@code ]}. */
        private String charClass() {
            i++; // [
            boolean negated = i < in.length() && in.charAt(i) == '^';
            if (negated) {
                i++;
            }
            StringBuilder body = new StringBuilder();
            boolean first = true;
            String subtracted = null;
            while (true) {
                if (i >= in.length()) {
                    // Unclosed: let Java report it where it is.
                    return "[" + (negated ? "^" : "") + body;
                }
                char c = in.charAt(i);
                if (c == ']' && !first) {
                    i++;
                    break;
                }
                if (c == ']') {
                    body.append("\\]");
                    i++;
                } else if (c == '\\') {
                    classEscape(body);
                } else if (c == '[') {
                    posix(body);
                } else if (c == '&') {
                    body.append("\\&");
                    i++;
                } else if (c == '-' && !first && i + 1 < in.length() && in.charAt(i + 1) == '[') {
                    i++;
                    subtracted = charClass();
                    // .NET requires the subtraction to end the class.
                    if (i < in.length() && in.charAt(i) == ']') {
                        i++;
                    }
                    break;
                } else {
                    body.append(c);
                    i++;
                }
                first = false;
            }
            String base = "[" + (negated ? "^" : "") + body + "]";
            return subtracted == null ? base : "[" + base + "&&[^" + subtracted + "]]";
        }

        private void classEscape(StringBuilder body) {
            if (i + 1 >= in.length()) {
                body.append('\\');
                i++;
                return;
            }
            char e = in.charAt(i + 1);
            switch (e) {
                case 'w' -> body.append(WORD_CHARS);
                case 'W' -> body.append(NOT_WORD);
                case 'd' -> body.append(DIGIT);
                case 'D' -> body.append(NOT_DIGIT);
                case 's' -> body.append(SPACE);
                case 'S' -> body.append(NOT_SPACE);
                case 'b' -> body.append("\\x08");
                case 'v' -> body.append("\\x0B");
                case 'p', 'P' -> {
                    i = property(i, body);
                    return;
                }
                default -> body.append('\\').append(e);
            }
            i += 2;
        }

        /** A {@code [} inside a class: a POSIX name such as {@code [:alpha:]}, or a literal. */
        private void posix(StringBuilder body) {
            if (in.startsWith("[:", i)) {
                int end = in.indexOf(":]", i + 2);
                if (end > 0) {
                    String name = in.substring(i + 2, end);
                    boolean negate = name.startsWith("^");
                    String key = negate ? name.substring(1) : name;
                    if (key.chars().allMatch(Character::isLetter)) {
                        String ranges = POSIX.get(key);
                        if (ranges == null) {
                            throw new PatternSyntaxException("unknown POSIX class [:" + name
                                    + ":]; known are " + String.join(", ",
                                    POSIX.keySet().stream().sorted().toList()), in, i);
                        }
                        body.append(negate ? "[^" + ranges + "]" : ranges);
                        i = end + 2;
                        return;
                    }
                }
            }
            body.append("\\[");
            i++;
        }
    }
}
