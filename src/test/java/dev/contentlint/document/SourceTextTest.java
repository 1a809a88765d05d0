package dev.contentlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void countsLinesTheSameWhateverTheLineEndings() {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            SourceText text = SourceText.of("a" + eol + "bb" + eol + eol + "c");
            assertEquals(4, text.lineCount(), eol);
            assertEquals("bb", text.line(2));
            assertEquals("", text.line(3));
            assertEquals("c", text.line(4));
            assertEquals("bb" + eol, text.lines(2, 3));
        }
    }

    @Test
    void dropsTheByteOrderMark() throws CharacterCodingException {
        SourceText text = SourceText.decode("\uFEFF---\nname: x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("---", text.line(1));
    }

    @Test
    void refusesInvalidUtf8AndSaysWhere() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, '(', '\n'};
        assertThrows(CharacterCodingException.class, () -> SourceText.decode(bytes));
        assertEquals(Span.at(2, 3), SourceText.firstInvalidByte(bytes));
        assertNull(SourceText.firstInvalidByte("ok\u00e9".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void spansAWholeLineInCodePoints() {
        SourceText text = SourceText.of("\uD83D\uDE00ab\n");
        assertEquals(new Span(1, 1, 1, 4), text.lineSpan(1));
    }

    /**
     * Columns and offsets come from the surrogate pairs' positions, not from walking the line;
     * they must agree with walking it, for any mix of pairs, lone halves and line breaks.
     */
    @Test
    void columnsAndOffsetsAgreeWithWalkingTheLine() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 2_000; round++) {
            SourceText text = SourceText.of(RandomTexts.of(random, 40));
            String chars = text.text();
            for (int offset = 0; offset <= chars.length(); offset++) {
                int start = text.lineStart(text.lineOf(offset));
                assertEquals(chars.codePointCount(start, offset) + 1, text.columnOf(offset),
                        "column of " + offset + " in " + escaped(chars));
            }
            for (int line = 1; line <= text.lineCount(); line++) {
                for (int column = 1; column <= 45; column++) {
                    assertEquals(walked(text, line, column), text.offset(line, column),
                            "offset of " + line + ":" + column + " in " + escaped(chars));
                }
            }
        }
    }

    /** The offset of a line and column as found by walking the code points. */
    private static int walked(SourceText text, int line, int column) {
        String chars = text.text();
        int start = text.lineStart(line);
        int end = line < text.lineCount() ? text.lineStart(line + 1) : chars.length();
        int offset = start;
        for (int i = 1; i < column && offset < end; i++) {
            offset += Character.charCount(chars.codePointAt(offset));
        }
        return Math.min(offset, end);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    @Test
    void aLongLineOfEmojiWithManyFindingsStaysLinear() {
        // 60,000 columns asked on a 1 MB line of emoji once took 18 s; each is now two halvings.
        SourceText text = SourceText.of("\uD83D\uDE00 very ".repeat(90_000));
        int sum = 0;
        for (int offset = 0; offset < text.text().length(); offset += 13) {
            sum += text.columnOf(offset);
        }
        assertEquals(text.text().codePointCount(0, text.text().length() - 1) + 1,
                text.columnOf(text.text().length() - 1));
        assertEquals(true, sum > 0);
    }
}
