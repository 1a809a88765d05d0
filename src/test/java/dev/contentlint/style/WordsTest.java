package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final Pattern WORD = Pattern.compile("(?:[A-Z]\\.){2,}|[\\p{N}\\p{L}']+");
    private static final Pattern WORD_CHAR = Pattern.compile("[\\p{N}\\p{L}']");

    @Test
    void aWordCharIsWhatTheRegexClassCallsOneForEveryCodePoint() {
        int differ = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean regex = WORD_CHAR.matcher(new String(Character.toChars(c))).matches();
            if (regex != (c == '\'' || Words.isLetterOrNumber(c))) {
                differ++;
            }
        }
        assertEquals(0, differ);
    }

    @Test
    void wordsAreWhatTheRegexFindsInEachStretch() {
        String[] pieces = {"A", "B", "Z", ".", "a", "z", "'", "’", " ", "U.S.", "A.", "1", "٣", "é",
            "ß", "𝟙", "😀", "\uD835", "\uDFD9", "-", "\n", "Ⅻ", "ǅ", "e.g.", "A.B"};
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(s.substring(from, to));
            while (m.find()) {
                expected.add((from + m.start()) + "-" + (from + m.end()));
            }
            List<String> found = new ArrayList<>();
            Words words = new Words(s, from, to);
            while (words.find()) {
                found.add(words.start() + "-" + words.end());
            }
            assertEquals(expected, found, s + " [" + from + ", " + to + ")");
        }
    }
}
