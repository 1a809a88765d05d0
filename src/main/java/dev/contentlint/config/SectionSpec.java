package dev.contentlint.config;

import dev.contentlint.style.ValeRule;
import java.util.List;
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
            String prefix = normalise(heading.substring(0, heading.length() - 1));
            return text.regionMatches(true, 0, prefix, 0, prefix.length());
        }
        return text.equalsIgnoreCase(normalise(heading));
    }

    /** How messages name it: {@code 'NOTES'}, {@code 'HOOK A*'}, {@code /^FULL POST\b/}. */
    public String describe() {
        return pattern != null ? heading : "'" + heading + "'";
    }

    private boolean isPrefix() {
        return heading.endsWith("*") && heading.length() > 1;
    }

    /** Trimmed, with each run of white space one space; cheap where there is none to fold. */
    private static String normalise(String text) {
        String trimmed = text.strip();
        for (int i = 1; i < trimmed.length(); i++) {
            if (Character.isWhitespace(trimmed.charAt(i))
                    && (trimmed.charAt(i) != ' ' || Character.isWhitespace(trimmed.charAt(i - 1)))) {
                return trimmed.replaceAll("\\s+", " ");
            }
        }
        return trimmed;
    }
}
