package dev.contentlint.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one content file, without its byte order mark, with the start of every line.
 *
 * <p>Lines end at LF, CRLF or a lone CR, as CommonMark and YAML count them, so a file has the same
 * line numbers whichever endings it was saved with.
 */
public final class SourceText {

    private static final char BOM = '\uFEFF';

    private final String text;
    /** Offsets (in chars) of the first char of each line. */
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        this.lineStarts = findLineStarts(text);
    }

    public static SourceText of(String text) {
        return new SourceText(text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1));
    }

    /**
     * Decodes UTF-8 strictly.
     *
     * @throws CharacterCodingException where the bytes are not UTF-8; {@link
     *     #firstInvalidByte(byte[])} tells where
     */
    public static SourceText decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    }

    /** The 1-based line and column of the first byte that is not UTF-8, or null if all are. */
    public static Span firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return null;
        }
        out.flip();
        SourceText before = of(out.toString());
        int line = before.lineCount();
        String last = before.line(line);
        return Span.at(line, last.codePointCount(0, last.length()) + 1);
    }

    private static int[] findLineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    /** The number of lines; a file that ends with a line break has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset of the first char of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** A 1-based line without its line break. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The text from the start of a 1-based line to the start of another (exclusive). */
    public String lines(int fromLine, int toLineExclusive) {
        int start = lineStart(fromLine);
        int end = toLineExclusive > lineCount() ? text.length() : lineStart(toLineExclusive);
        return text.substring(start, end);
    }

    /** The span of a whole 1-based line, from its first to just after its last code point. */
    public Span lineSpan(int line) {
        String content = line(line);
        return new Span(line, 1, line, content.codePointCount(0, content.length()) + 1);
    }

    /** The 1-based line that holds a char offset. */
    public int lineOf(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column, in code points, of a char offset. */
    public int columnOf(int offset) {
        int start = lineStarts[lineOf(offset) - 1];
        return codePoints(start, Math.min(offset, text.length())) + 1;
    }

    /**
     * The offsets of the first halves of the surrogate pairs (the code points past U+FFFF, such
     * as emoji), in order; found on first use, once. Counting code points by walking the chars
     * made each column cost the length of its line: 60,000 findings on a 1 MB line of emoji took
     * 18 s a rule.
     */
    private volatile int[] pairs;

    private int[] pairs() {
        int[] known = pairs;
        if (known == null) {
            known = findPairs(text);
            pairs = known;
        }
        return known;
    }

    private static int[] findPairs(String text) {
        int[] found = new int[0];
        int count = 0;
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(16, count * 2));
                }
                found[count++] = i++;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** As {@link String#codePointCount}: a pair counts once where both halves lie in the range. */
    private int codePoints(int start, int end) {
        int[] known = pairs();
        return end - start - (firstAtOrAfter(known, end - 1) - firstAtOrAfter(known, start));
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int index = java.util.Arrays.binarySearch(sorted, value);
        return index >= 0 ? index : -index - 1;
    }

    /** The span from one char offset to another (exclusive). */
    public Span span(int start, int end) {
        return new Span(lineOf(start), columnOf(start), lineOf(end), columnOf(end));
    }

    /** The char offset of a 1-based line and code-point column, kept inside the file. */
    public int offset(int line, int column) {
        if (line > lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        // The first offset with column - 1 code points before it, found by halving, not by
        // walking the line: a front-matter list of 100,000 links on one line asks for each.
        int low = start;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (codePoints(start, middle) < column - 1) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        // Never between the halves of a pair: a code point is whole or not there. (A first half
        // followed by a second is always a pair: the second half of another it cannot be.)
        if (low > start && low < text.length() && Character.isLowSurrogate(text.charAt(low))
                && Character.isHighSurrogate(text.charAt(low - 1))) {
            low++;
        }
        return Math.min(low, end);
    }
}
