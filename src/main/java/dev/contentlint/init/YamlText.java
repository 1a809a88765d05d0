package dev.contentlint.init;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes YAML scalars and comments for {@code contentlint.yaml}, so that every value read from
 * the content (a front-matter value, a folder name, a key) comes back exactly as it was, whatever
 * it holds: quotes, {@code #}, {@code :}, line breaks, control characters, Unicode.
 *
 * <p>A value is written plain only where it is a simple name that every YAML reader (1.1 and 1.2)
 * takes for the same text; everything else is double-quoted, with each character that YAML
 * cannot hold as it is (or that a YAML 1.1 reader would take for a line break: U+0085, U+2028,
 * U+2029) written as an escape. SnakeYAML's own emitter is not used for this: it turns a text
 * with a control character into {@code !!binary}, which front matter readers take for base64.
 */
final class YamlText {

    private static final Pattern PLAIN =
            Pattern.compile("(?:\\.\\./)*[A-Za-z_][A-Za-z0-9_-]*(?:[./][A-Za-z0-9_-]+)*");

    /** Words that some YAML reader takes for a boolean or null rather than text. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off",
            "y", "n", "null", "nan", "inf");

    private YamlText() {}

    /** A scalar: plain where that is safe, else double-quoted. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return quoted(value);
    }

    /** A flow list of double-quoted scalars: {@code ["a", "b"]}. */
    static String quotedList(List<String> values) {
        return values.stream().map(YamlText::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A double-quoted scalar that reads back as exactly {@code value}. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i)); // a pair: printable as it is
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (printable(c)) {
                        out.append(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Whether YAML holds the character as it is on one line: printable ASCII, and the rest of
     * YAML's printable set other than line breaks, the byte order mark and lone surrogates.
     */
    static boolean printable(char c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    /**
     * A text for a comment: one line whatever it holds (line breaks and control characters
     * become spaces), so that no value can end the comment and start YAML of its own.
     */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(printable(c) ? c : ' ');
            }
        }
        return out.toString();
    }

    /** Names shown as they are in comments and messages. */
    private static final Pattern SHOWN_PLAIN = Pattern.compile("[\\p{L}\\p{N}_./@+-]+");

    /**
     * A value shown in a comment or a message: short, on one line, double-quoted (with escapes)
     * unless it is a plain name.
     */
    static String shown(String value) {
        String shortened = value.codePointCount(0, value.length()) > 40
                ? value.substring(0, value.offsetByCodePoints(0, 37)) + "..." : value;
        return commentText(SHOWN_PLAIN.matcher(shortened).matches() ? shortened : quoted(shortened));
    }
}
