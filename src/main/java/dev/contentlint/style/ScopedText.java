package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.util.List;

/**
 * The prose a check reads for one region (the whole body, or one section): the blocks of the
 * rule's scope, in source order. Where the scope is {@code sentence}, each block is a sentence.
 *
 * @param anchorStart where an alert about the region as a whole goes (a section's heading, or the
 *     body's first line): its source offset
 * @param anchorEnd the end of that place
 */
public record ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd) {

    public ScopedText {
        blocks = List.copyOf(blocks);
    }
}
