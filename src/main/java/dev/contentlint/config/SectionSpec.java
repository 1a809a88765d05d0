package dev.contentlint.config;

import dev.contentlint.style.ValeRule;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One section that a content type lists under {@code sections}.
 *
 * @param heading the heading as the configuration writes it: exact text (compared without
 *     regard to case), {@code PREFIX*}, or {@code /regex/}
 * @param pattern the compiled regex, for the {@code /regex/} form (else null)
 * @param level the heading level it must have, if given
 * @param required whether a file without it is at fault
 * @param table the header columns of a table the section must hold; empty for none
 * @param styles the style rules applied inside this section only
 * @param line the line of the configuration file that lists it
 */
public record SectionSpec(
        String heading,
        Pattern pattern,
        OptionalInt level,
        boolean required,
        List<String> table,
        List<ValeRule> styles,
        int line) {

    public SectionSpec {
        table = List.copyOf(table);
        styles = List.copyOf(styles);
    }

    /** Whether a heading's text is this section's. */
    public boolean matches(String headingText) {
        if (pattern != null) {
            return pattern.matcher(headingText).find();
        }
        String text = normalise(headingText);
        if (isPrefix()) {
            return text.startsWith(normalise(heading.substring(0, heading.length() - 1)));
        }
        return text.equals(normalise(heading));
    }

    /** How messages name it: {@code 'NOTES'}, {@code 'HOOK A*'}, {@code /^FULL POST\b/}. */
    public String describe() {
        return pattern != null ? heading : "'" + heading + "'";
    }

    private boolean isPrefix() {
        return heading.endsWith("*") && heading.length() > 1;
    }

    private static String normalise(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
