package dev.contentlint.style;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A capitalization rule's {@code prefix}: text at the start left out of the case check. */
final class Prefix {

    private Prefix() {}

    /**
     * The prefix a text starts with, or "" where the pattern is null or its first match is not
     * at the start (Vale trims the first match only when the text starts with it).
     */
    static String of(Pattern prefix, String text) {
        if (prefix == null) {
            return "";
        }
        Matcher m = prefix.matcher(text);
        return m.find() && m.start() == 0 ? m.group() : "";
    }
}
