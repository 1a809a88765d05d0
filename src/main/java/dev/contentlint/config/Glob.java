package dev.contentlint.config;

import java.util.regex.Pattern;

/**
 * A path glob as .gitignore and most build tools write it, matched against paths relative to the
 * content root with {@code /} separators: a name without wildcards ({@code templates}) or one
 * ending in {@code /} also matches everything below it; {@code *} and {@code ?} stay within one folder,
 * {@code **} crosses folders ({@code **}{@code /} also matches no folder at all, so
 * {@code **}{@code /*.md} matches {@code a.md}), {@code [abc]} and {@code {md,markdown}} as usual.
 */
public final class Glob {

    private final String glob;
    private final Pattern pattern;
    /**
     * For a glob {@code **}{@code /*X} where X holds no wildcard and no folder: X, since a path
     * matches exactly where it ends with X. The usual include, matched against every file of
     * the tree in every run, warm ones too; else null.
     */
    private final String suffix;

    private Glob(String glob, Pattern pattern, String suffix) {
        this.glob = glob;
        this.pattern = pattern;
        this.suffix = suffix;
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException with a message for the user where the glob is malformed
     */
    public static Glob compile(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("an empty glob matches nothing");
        }
        String normalized = glob.replace('\\', '/');
        if (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        if (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        // A folder matches everything below it, as in .gitignore: "templates/" or "templates".
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        String regex = toRegex(normalized, glob);
        if (normalized.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
            regex = regex.substring(0, regex.length() - 1) + "(?:/.*)?$";
        }
        String suffix = null;
        if (normalized.startsWith("**/*") && normalized.chars().skip(4).noneMatch(c -> "*?[{}]/".indexOf(c) >= 0)) {
            suffix = normalized.substring(4);
        }
        return new Glob(glob, Pattern.compile(regex), suffix);
    }

    private static String toRegex(String glob, String original) {
        StringBuilder regex = new StringBuilder("^");
        int braces = 0;
        int length = glob.length();
        for (int i = 0; i < length; i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < length && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < length && glob.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            regex.append("(?:[^/]*/)*");
                            i += 2;
                        } else {
                            regex.append(".*");
                            i += 1;
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("'" + original
                                + "' has a '[' that is never closed with ']'");
                    }
                    String set = glob.substring(i + 1, close);
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = close;
                }
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("'" + original
                                + "' has a '}' without its '{'");
                    }
                    braces--;
                    regex.append(')');
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                default -> {
                    if ("\\.^$+()|".indexOf(c) >= 0) {
                        regex.append('\\');
                    }
                    regex.append(c);
                }
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("'" + original + "' has a '{' that is never closed"
                    + " with '}'");
        }
        return regex.append('$').toString();
    }

    /** Whether a path relative to the content root, with {@code /} separators, matches. */
    public boolean matches(String relativePath) {
        return suffix != null ? relativePath.endsWith(suffix) : pattern.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
