package dev.contentlint.init;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Type names and schema file names made from what the content holds (front-matter values,
 * folder names), unique in one configuration.
 */
final class Names {

    /** A value used as it is for a type's name: letters, digits, a few separators, 64 at most. */
    private static final Pattern TYPE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.+-]{0,63}");

    private final Set<String> used = new HashSet<>();

    Names(String... reserved) {
        for (String name : reserved) {
            used.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The value itself where it makes a readable name, else its slug. */
    static String typeName(String value) {
        String stripped = value.strip();
        return TYPE_NAME.matcher(stripped).matches() ? stripped : slug(stripped);
    }

    /**
     * A file-name-safe form: ASCII letters, digits, {@code .}, {@code _} and {@code -}, lower case
     * (so that names that differ only in case do not meet on a case-insensitive file system).
     */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                    || c == '.';
            slug.append(keep ? c : '-');
        }
        String result = slug.toString().replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (result.length() > 60) {
            result = result.substring(0, 60).replaceAll("[-.]+$", "");
        }
        return result.isEmpty() ? "type" : result;
    }

    /**
     * {@code wanted} if no name so far equals it (ignoring case), else {@code wanted} with the
     * first free {@code suffix}, {@code -2}, {@code -3}, ... appended.
     */
    String unique(String wanted, String suffix) {
        if (used.add(wanted.toLowerCase(Locale.ROOT))) {
            return wanted;
        }
        String base = wanted + suffix;
        if (!suffix.isEmpty() && used.add(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (used.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }
}
