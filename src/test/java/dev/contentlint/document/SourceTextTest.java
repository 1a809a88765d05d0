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
}
