package dev.contentlint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.document.RandomTexts;
import dev.contentlint.document.SourceText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    /**
     * A finding's place in its file, found from the positions of the surrogate pairs, is where
     * copying its line and walking the code points finds it (as it was found before), for any
     * mix of pairs, lone halves, line endings and columns past the line's end.
     */
    @Test
    void offsetsAgreeWithWalkingTheLine() {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            String built = RandomTexts.of(random, 30);
            SourceText source = SourceText.of(built);
            for (int line = 1; line <= source.lineCount() + 1; line++) {
                for (int column = 0; column <= 35; column++) {
                    assertEquals(walked(source, line, column), Fingerprints.offset(source, line, column),
                            line + ":" + column + " in " + built.replace("\n", "\\n").replace("\r", "\\r"));
                }
            }
        }
    }

    private static int walked(SourceText source, int line, int column) {
        if (line > source.lineCount()) {
            return source.text().length();
        }
        String content = source.line(line);
        int codePoints = content.codePointCount(0, content.length());
        return source.lineStart(line)
                + content.offsetByCodePoints(0, Math.min(Math.max(column, 1) - 1, codePoints));
    }
}
