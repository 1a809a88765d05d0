package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.document.TextBlock;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RunStartsTest {

    private static boolean runs(String regex) {
        return RunStarts.of(ValeRegex.compile(regex, 0)).isPresent();
    }

    @Test
    void readsARunAfterAssertionsAndGroupsThatAreThereOnceOrMore() {
        // Google's OxfordComma as ExistenceCheck builds it.
        assertTrue(runs("(?m)\\b(?:(?:[^,]+,){1,}\\s\\w+\\s(?:and|or))\\b"));
        assertTrue(runs("[a-z]+[!?]{2,}"));
        assertTrue(runs("(?i)^\\S+?x"));
        assertTrue(runs("(?:(?:\\w+ )+)x"));
        // Google's Units as ExistenceCheck builds it: alternatives that begin alike.
        assertTrue(runs("(?m)(?:\\b\\d+(?:B|kB|MB|GB|TB)|\\b\\d+(?:ns|ms|s|min|h|d))"));
        assertTrue(runs("\\b\\d+x|\\b(?:\\d+y)"));
    }

    @Test
    void leavesAloneWhatCouldBeginOtherwiseOrDependsOnWhereItBegan() {
        assertFalse(runs("(?:[^,]+,|x)y"), "an alternative of the group");
        assertFalse(runs("(?:\\b\\d+x|\\d+y)"), "alternatives whose assertions differ");
        assertFalse(runs("(?:\\d+x|\\w+y)"), "alternatives whose runs differ");
        assertFalse(runs("(?:[^,]+,)?y"), "an optional group");
        assertFalse(runs("(?:[^,]+,){0,2}y"), "a group that may be left out");
        assertFalse(runs("([^,]+),\\1"), "a capturing group, and a back reference");
        assertFalse(runs("(?:[^,]+),\\1"), "a back reference");
        assertFalse(runs("x[^,]+"), "a char before the run");
        assertFalse(runs("[^,]*x"), "a run that may be empty");
        assertFalse(runs("(?<=a)[^,]+"), "a look-behind before the run");
        assertFalse(runs("(?x)[^,]+ x"), "comments mode");
        assertFalse(runs("[a]+c|(?<=b)"), "an alternative of the whole pattern");
        assertFalse(runs("(?i)[a]+\\Q|\\E"), "quoted text");
    }

    @Test
    void oxfordCommaIsTriedOncePerRunAndFindsWhatFindFinds() {
        Pattern pattern = ValeRegex.compile("(?m)\\b(?:(?:[^,]+,){1,}\\s\\w+\\s(?:and|or))\\b", 0);
        ProsePattern prose = ProsePattern.of(pattern);
        TextBlock block = StyleTestSupport.block(0,
                "We bought apples, pears and plums, then figs, dates or nuts; later, tea.");
        ScopedText text = new ScopedText(List.of(block), 0, 1, false);
        assertEquals(StyleTestSupport.found(pattern, block), StyleTestSupport.hits(prose, text, block));
        assertEquals(List.of("0-54"), StyleTestSupport.hits(prose, text, block));
    }

    private static final String[] FLAGS = {"", "", "(?i)", "(?m)"};
    private static final String[] LEADS = {"", "", "\\b", "\\B", "^", "\\b^"};
    private static final String[] CLASSES = {"[^,]", "[a-c]", "\\w", "[^\\s]", ".", "[ab ]", "\\S", "[^,a]"};
    private static final String[] QUANTIFIERS = {"+", "+", "+?", "++"};
    private static final String[] INSIDE = {"", ",", " ", "b", "\\s"};
    private static final String[] GROUP_QUANTIFIERS = {"", "+", "{1,}", "{2}", "{1,3}", "?", "*", "{0,2}"};
    private static final String[] REST = {"", "\\s\\w+\\s(?:and|or)", "a", ",", "(?=b)", "\\b", "(?<=a)",
        "c+", "$", "x?", " ", "(?:and|or)\\b", "(?!c)", "|(?<=a)", "|b"};

    /** Random patterns that begin with a run, on random texts: the same matches as find(). */
    @Test
    void findsWhatFindFindsOnRandomPatternsThatBeginWithARun() {
        Random random = new Random(20261127);
        int withRuns = 0;
        int matches = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder regex = new StringBuilder(pick(random, FLAGS)).append(pick(random, LEADS));
            int groups = random.nextInt(3);
            String[] groupQuantifiers = new String[groups];
            boolean repeated = false;
            for (int g = 0; g < groups; g++) {
                groupQuantifiers[g] = pick(random, GROUP_QUANTIFIERS);
                repeated |= !groupQuantifiers[g].isEmpty() && !groupQuantifiers[g].equals("?");
            }
            regex.append("(?:".repeat(groups));
            // A run repeated inside a repeated group backtracks without end ((a+)+): possessive there.
            String runClass = pick(random, CLASSES);
            regex.append(runClass).append(repeated ? "++" : pick(random, QUANTIFIERS))
                    .append(pick(random, INSIDE));
            if (random.nextInt(3) == 0) {
                // Another alternative: beginning alike (read as runs), or otherwise (left to find())
                String lead = random.nextBoolean() ? "" : pick(random, LEADS);
                String otherClass = random.nextInt(3) == 0 ? pick(random, CLASSES) : runClass;
                regex.append('|').append(lead).append(otherClass).append(repeated ? "++" : pick(random, QUANTIFIERS))
                        .append(pick(random, REST));
            }
            for (int g = 0; g < groups; g++) {
                regex.append(')').append(groupQuantifiers[g]).append(pick(random, INSIDE));
            }
            regex.append(pick(random, REST)).append(pick(random, REST));
            Pattern pattern;
            try {
                pattern = ValeRegex.compile(regex.toString(), random.nextInt(4) == 0 ? Pattern.CASE_INSENSITIVE : 0);
            } catch (PatternSyntaxException e) {
                continue;
            }
            if (RunStarts.of(pattern).isPresent()) {
                withRuns++;
            }
            ProsePattern prose = ProsePattern.of(pattern);
            ProsePattern.Hits earlier = null;
            for (int t = 0; t < 6; t++) {
                TextBlock block = StyleTestSupport.block(0, randomText(random));
                ScopedText text = new ScopedText(List.of(block), 0, 1, false);
                List<String> expected = StyleTestSupport.found(pattern, block);
                matches += expected.size();
                assertEquals(expected, StyleTestSupport.hits(prose, text, block), regex + " on '" + block.text() + "'");
                // And through a matcher taken over from the block before, as the checks do.
                ProsePattern.Hits hits = prose.hits(text, block, earlier);
                List<String> again = new java.util.ArrayList<>();
                while (hits.find()) {
                    again.add(hits.matcher().start() + "-" + hits.matcher().end());
                }
                assertEquals(expected, again, regex + " on '" + block.text() + "', matcher taken over");
                earlier = hits.matcher() == null ? earlier : hits;
            }
        }
        assertTrue(withRuns > 800, "patterns read as runs: " + withRuns);
        assertTrue(matches > 1000, "matches: " + matches);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String randomText(Random random) {
        String[] pieces = {"a", "b", "c", " ", ",", ", ", "and", " or ", "\n", "A", "é", "\uD83D\uDE00", "x"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(16);
        for (int i = 0; i < length; i++) {
            text.append(pick(random, pieces));
        }
        return text.toString();
    }
}
