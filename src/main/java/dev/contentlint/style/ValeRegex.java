package dev.contentlint.style;

import java.util.regex.Pattern;

/**
 * Vale's regexes, written for Go's regexp2 (a .NET-style engine), compiled for Java: named
 * groups {@code (?P<name>...)} become {@code (?<name>...)}, and {@code \w}, {@code \b} and the
 * case-insensitive flag follow Unicode as they do in Vale.
 */
public final class ValeRegex {

    private ValeRegex() {}

    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(translate(regex), flags | Pattern.UNICODE_CHARACTER_CLASS
                | Pattern.UNICODE_CASE);
    }

    /** The Java form of a Vale regex. */
    public static String translate(String regex) {
        return regex.replace("(?P<", "(?<");
    }
}
