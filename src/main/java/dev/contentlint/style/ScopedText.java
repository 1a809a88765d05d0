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
 * @param scan what the shared prefilter of the file's rules found in each block, or null where
 *     each rule's prefilter scans for itself
 * @param stats the region's counts for metric rules, shared by the rules that read the same
 *     region in the same scope
 */
public record ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock,
        RegexBudget budget, SharedPrefilter.Scan scan, RegionStats stats) {

    public ScopedText {
        blocks = List.copyOf(blocks);
    }

    /** Prose read without a time limit. */
    public ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock) {
        this(blocks, anchorStart, anchorEnd, perBlock, RegexBudget.NONE, null);
    }

    /** Prose read under a time limit, each rule's prefilter scanning for itself. */
    public ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock,
            RegexBudget budget) {
        this(blocks, anchorStart, anchorEnd, perBlock, budget, null);
    }

    /** Prose read by one rule alone: its counts are its own. */
    public ScopedText(List<TextBlock> blocks, int anchorStart, int anchorEnd, boolean perBlock,
            RegexBudget budget, SharedPrefilter.Scan scan) {
        this(blocks, anchorStart, anchorEnd, perBlock, budget, scan, new RegionStats());
    }

    /** The region's counts for a metric rule, measured once for all that read them. */
    public TextStats measured(boolean syllables) {
        return stats.of(this, syllables);
    }

    /** A block's text for a rule's regex, read under the budget. */
    public CharSequence chars(TextBlock block) {
        return budget.chars(block.text());
    }

    /** Whether a prefilter's (first) pattern may match in a block: false where it surely cannot. */
    public boolean mayMatch(Prefilter prefilter, TextBlock block) {
        return scan == null ? prefilter.mayMatch(block.text()) : scan.mayMatch(prefilter, block.text());
    }

    /** Where in a block a match may start, in order, each once. */
    int[] starts(MatchStarts starts, TextBlock block) {
        return scan == null ? starts.in(block.text()) : scan.starts(starts, block.text());
    }

    /** The patterns of a prefilter that may match in a block, by their index. */
    public java.util.BitSet candidates(Prefilter prefilter, TextBlock block) {
        return scan == null ? prefilter.candidates(block.text())
                : scan.candidates(prefilter, block.text());
    }
}
