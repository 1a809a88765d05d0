package dev.contentlint.document;

/**
 * A heading of the body, ATX ({@code ## Notes}) or setext (underlined).
 *
 * @param level 1 to 6
 * @param text the heading's text as a reader sees it (inline markup removed, trimmed)
 * @param start the source offset where the heading's line starts
 * @param end the source offset just after the heading's text
 * @param textStart the source offset of the text's first char
 */
public record Heading(int level, String text, int start, int end, int textStart) {}
