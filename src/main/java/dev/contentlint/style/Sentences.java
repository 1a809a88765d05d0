package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits prose into sentences, for rules scoped to {@code sentence}. */
public final class Sentences {

    private Sentences() {}

    /** The sentences of a block, each a block of its own, without the spaces around them. */
    public static List<TextBlock> of(TextBlock block) {
        String text = block.text();
        // A BreakIterator holds its text: one per call, as files are checked in parallel.
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<TextBlock> result = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                result.add(block.slice(from, to));
            }
        }
        return result;
    }
}
