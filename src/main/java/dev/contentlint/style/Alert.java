package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.util.List;

/**
 * What a check found: a stretch of the source and the values for the {@code %s} of the rule's
 * message, in order.
 *
 * @param start the source offset of the first char (a char offset in the file's text)
 * @param end the source offset just after the last char
 */
public record Alert(int start, int end, List<String> args) {

    public Alert {
        args = List.copyOf(args);
    }

    public static Alert of(int start, int end, String... args) {
        return new Alert(start, end, List.of(args));
    }

    /**
     * An alert for the chars {@code start..end} of a block's text, at their source offsets. An
     * empty stretch stays empty at its start: a block's text may skip source (code, link
     * targets), and the end of the char before could lie before the start.
     */
    public static Alert inBlock(TextBlock block, int start, int end, String... args) {
        int sourceStart = block.sourceOffset(start);
        int sourceEnd = end > start ? block.sourceEnd(end) : sourceStart;
        return new Alert(sourceStart, Math.max(sourceStart, sourceEnd), List.of(args));
    }
}
