package dev.contentlint.document;

import java.util.Arrays;
import java.util.Set;

/**
 * The prose of one Markdown element (a heading, a paragraph, a table cell...) as the style rules
 * read it, with the way back to the source: code, HTML comments, URLs and link targets are left
 * out, and each char of {@link #text()} knows its offset in the {@link SourceText}.
 *
 * <p>The scope names of a block are those of its element ({@code heading} and {@code heading.h2},
 * {@code paragraph}, {@code table} with {@code table.header} or {@code table.cell}) and of the
 * elements around it ({@code list}, {@code blockquote}).
 */
public final class TextBlock {

    private final Set<String> scopes;
    private final String text;
    private final int[] offsets;

    /**
     * @param offsets for each char of the text, its offset in the source text
     */
    public TextBlock(Set<String> scopes, String text, int[] offsets) {
        if (offsets.length != text.length()) {
            throw new IllegalArgumentException("one offset per char: " + offsets.length + " for "
                    + text.length());
        }
        this.scopes = Set.copyOf(scopes);
        this.text = text;
        this.offsets = offsets;
    }

    public Set<String> scopes() {
        return scopes;
    }

    public boolean hasScope(String name) {
        return scopes.contains(name);
    }

    public String text() {
        return text;
    }

    /** The source offset of the char at an index of the text. */
    public int sourceOffset(int index) {
        if (index >= offsets.length) {
            return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
        }
        return offsets[index];
    }

    /** The source offset just after the char before an index (exclusive end of a match). */
    public int sourceEnd(int endIndex) {
        return endIndex == 0 ? sourceOffset(0) : offsets[endIndex - 1] + 1;
    }

    /** The source offset of the first char; where a whole block is reported. */
    public int sourceStart() {
        return sourceOffset(0);
    }

    /** A part of this block, as a block of its own with the same scopes. */
    public TextBlock slice(int start, int end) {
        return new TextBlock(scopes, text.substring(start, end), Arrays.copyOfRange(offsets, start, end));
    }

    @Override
    public String toString() {
        return scopes + " " + text;
    }
}
