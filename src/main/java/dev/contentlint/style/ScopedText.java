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
 * @param perBlock whether each block is a unit of its own (the scope names an element, such as
 *     {@code sentence} or {@code paragraph}) rather than the region as a whole ({@code text},
 *     {@code summary}): an {@code occurrence} rule counts per unit
 * @param budget how long the rule's regexes may run on this file
 */
public record ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock,
        RegexBudget budget) {

    public ScopedText {
        blocks = List.copyOf(blocks);
    }

    /** Prose read without a time limit. */
    public ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock) {
        this(blocks, anchorStart, anchorEnd, perBlock, RegexBudget.NONE);
    }

    /** A block's text for a rule's regex, read under the budget. */
    public CharSequence chars(TextBlock block) {
        return budget.chars(block.text());
    }
}
