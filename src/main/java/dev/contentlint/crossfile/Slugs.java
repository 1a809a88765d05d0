package dev.contentlint.crossfile;

import java.util.Locale;

/** How headings become anchors. */
public final class Slugs {

    private Slugs() {}

    /**
     * GitHub's anchor for a heading (as github-slugger makes it): lower case, every char that is
     * not a letter, mark, digit, underscore, hyphen or space dropped, each space a hyphen. Callers
     * add {@code -1}, {@code -2} to repeated ones.
     */
    public static String github(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /**
     * A heading reduced to its letters and digits, lower case: how a wiki link's
     * {@code #heading} is compared, since Obsidian drops {@code :}, {@code #}, {@code |} and the
     * like from what it writes into links.
     */
    public static String loose(String heading) {
        StringBuilder key = new StringBuilder(heading.length());
        heading.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
