package dev.contentlint.document;

import java.util.Random;

/**
 * Random short texts of the pieces that make counting code points hard: surrogate pairs, lone
 * halves, a two-char-wide accented letter, and every line ending.
 */
public final class RandomTexts {

    private static final String[] PIECES = {"a", "\u00e9", "\uD83D\uDE00", "\uD83D", "\uDE00", "\n", "\r\n", "\r", " "};

    private RandomTexts() {}

    /** Up to maxPieces pieces, drawn from the random source. */
    public static String of(Random random, int maxPieces) {
        StringBuilder built = new StringBuilder();
        for (int i = random.nextInt(maxPieces); i > 0; i--) {
            built.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return built.toString();
    }
}
