package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CharRunTest {

    private static final List<String> RUNS = List.of("[^\\s]+", "\\S+", "\\w+", "[a-z]+",
            "[A-Za-z']+", "\\p{L}+", "\\P{L}+", "[\\p{N}\\p{L}']+", ".+", "[^a-z\\s]+",
            "\\pL+", "[\\x41-\\x5A]+", "[\\x{1F600}-\\x{1F64F}]+", "[a-z&&c-e]+", "\\d+", "\\h+",
            "[\\u00E0-\\u00FF]+", "[.,;]+", "\\.+", "[\\]x]+",
            // Vale's \s, \S and \w as ValeRegex writes them for Java
            "[^\\p{IsWhite_Space}]+", "\\P{IsWhite_Space}+", "[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\\u200C\\u200D]+");

    /** Ends, surrogates (paired and lone), every kind of space Java tells apart, case. */
    private static final String[] PIECES = {"a", "Z", "é", "É", "ß", "'", "’", " ", "\t", "\n",
            "\r", "\u00A0", "\u2028", "\u0085", "\u000B", "1", "٣", ".", ",", ";", "x", "-", "😀",
            "𝟙", "\uD83D", "\uDE00", "Ω", "ǅ", "K", "\u212A", "]", "A", "k"};

    @Test
    void runsAreWhatTheRegexFindsOnRandomTexts() {
        Random random = new Random(7);
        int checked = 0;
        for (String token : RUNS) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, ValeRegex.FLAGS,
                    ValeRegex.FLAGS | Pattern.CASE_INSENSITIVE | Pattern.DOTALL}) {
                CharRun run = CharRun.of(token, flags).orElseThrow(() -> new AssertionError(token));
                Pattern pattern = Pattern.compile("(" + token + ")", flags);
                for (int n = 0; n < 300; n++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = random.nextInt(30); k > 0; k--) {
                        text.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    String s = text.toString();
                    assertEquals(regexFinds(pattern, s), runFinds(run, s), token + " on " + escaped(s));
                    checked++;
                }
            }
        }
        assertEquals(RUNS.size() * 4 * 300, checked);
    }

    @Test
    void caseInsensitiveClassesAskTheRegexForEachChar() {
        CharRun run = CharRun.of("[a-z]+", Pattern.CASE_INSENSITIVE).orElseThrow();
        assertEquals(List.of("0-3", "4-7"), runFinds(run, "AbC dEf"));
        assertEquals(List.of("0-1"), runFinds(CharRun.of("[k]+", 0).orElseThrow(), "k\u212AK"));
    }

    @Test
    void otherPatternsAreNotRuns() {
        for (String token : List.of("[a-z]*", "[a-z]+?", "[a-z]++", "[a-z]{1,}", "\\w+\\b", "\\b\\w+",
                "a+", "(?i)[a-z]+", "[a-z&&[^e]]+", "\\Qa\\E+", "(\\w)+", "\\R+", "\\X+", "\\1+",
                "\\w", "[a-z]+[0-9]+", "\\b+", "\\p{L}+|x")) {
            assertTrue(CharRun.of(token, 0).isEmpty(), token);
        }
        assertTrue(CharRun.of("\\w+", Pattern.COMMENTS).isEmpty());
        assertTrue(CharRun.of("\\w+", Pattern.LITERAL).isEmpty());
        assertTrue(CharRun.of("\\w+", Pattern.CANON_EQ).isEmpty());
    }

    private static List<String> regexFinds(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> runFinds(CharRun run, String text) {
        List<String> found = new ArrayList<>();
        CharRun.Runs runs = run.in(text);
        while (runs.find()) {
            found.add(runs.start() + "-" + runs.end());
        }
        return found;
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 127 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
