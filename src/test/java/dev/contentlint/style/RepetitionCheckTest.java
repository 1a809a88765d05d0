package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.run;
import static dev.contentlint.style.StyleTestSupport.source;
import static dev.contentlint.style.StyleTestSupport.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepetitionCheckTest {

    /** Vale's own Vale.Repetition. */
    private static final String WORDS = "ignorecase: true\nalpha: true\ntokens: ['[^\\s.!?]+']\n";

    @Test
    void reportsFromTheFirstToTheSecondWithTheRepeatedText() throws ConfigException {
        assertEquals(List.of(Alert.of(304, 311, "the")),
                run(RepetitionCheck::from, WORDS, whole(block(300, "Pet the the cat."))));
        assertEquals(List.of(Alert.of(304, 319, "the")), run(RepetitionCheck::from, WORDS,
                whole(blockWithGap(300, "Pet The the cat.", 8, 8))), "mapped past the gap");
    }

    @Test
    void caseMattersWithoutIgnorecase() throws ConfigException {
        String yaml = "tokens: ['[^\\s]+']\n"; // write-good.Illusions, without alpha
        assertEquals(List.of(), run(RepetitionCheck::from, yaml, whole(block(0, "The the end"))));
        assertEquals(List.of(Alert.of(0, 7, "the")),
                run(RepetitionCheck::from, yaml, whole(block(0, "the the end"))));
        assertEquals(List.of(Alert.of(0, 3, "1")),
                run(RepetitionCheck::from, yaml, whole(block(0, "1 1"))));
    }

    @Test
    void alphaCountsOnlyLetters() throws ConfigException {
        assertEquals(List.of(), run(RepetitionCheck::from, WORDS, whole(block(0, "in 1 1 go"))));
        assertEquals(List.of(), run(RepetitionCheck::from, "alpha: true\ntokens: ['[^\\s]+']\n",
                whole(block(0, "very, very"))), "'very,' and 'very' differ");
    }

    @Test
    void aPairAcrossTwoSentencesIsNoRepetition() throws ConfigException {
        assertEquals(List.of(), run(RepetitionCheck::from, WORDS,
                whole(block(0, "I forgot that. That is it."))));
        assertEquals(List.of(), run(RepetitionCheck::from, WORDS,
                whole(block(0, "Is it? It is."))));
        assertEquals(List.of(), run(RepetitionCheck::from, "ignorecase: true\ntokens: ['[^\\s]+']\n",
                whole(block(0, "that. That."))), "the end is in the first match");
    }

    @Test
    void theRepeatIsTheNextMatchWhateverLiesBetween() throws ConfigException {
        // As in Vale: with a single-word token, the next match is the next "the".
        assertEquals(List.of(Alert.of(0, 15, "the")), run(RepetitionCheck::from,
                "tokens: [the]\n", whole(block(0, "the cat and the dog"))));
    }

    @Test
    void maxLetsThatManyRepeatsInARowPass() throws ConfigException {
        String yaml = "max: 1\ntokens: ['\\w+']\n";
        assertEquals(List.of(), run(RepetitionCheck::from, yaml, whole(block(0, "go go, now now"))));
        assertEquals(List.of(Alert.of(3, 8, "go")),
                run(RepetitionCheck::from, yaml, whole(block(0, "go go go"))));
    }

    @Test
    void exceptionsAndErrors() throws ConfigException {
        assertEquals(List.of(Alert.of(12, 21, "that")), run(RepetitionCheck::from,
                "tokens: ['\\w+']\nexceptions: [had had]\n",
                whole(block(0, "She had had that that."))));
        RuleSource none = source("message: x\n");
        RepetitionCheck.from(none);
        assertTrue(none.warnings().get(0).endsWith("no tokens are set: the rule never reports anything"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> RepetitionCheck.from(source("tokens:\n  - ok\n  - '[x'\n")));
        assertEquals(3, e.line());
    }

    /**
     * The check compares matches where they lie, without making a string of each; on random
     * texts of words, repeats, case, digits, punctuation and non-Latin letters it reports what
     * comparing trimmed strings (as it did before) reports.
     */
    @Test
    void comparingInPlaceFindsWhatComparingStringsFinds() throws ConfigException {
        java.util.Random random = new java.util.Random(6);
        String[] words = {"the", "The", "a", "1", "é", "Été", "été", "x", "so,", "so", "?",
            "\ud835\udc00", "\ud835\udc00"};
        String[] rules = {WORDS, "tokens: ['[^\\s]+']\n", "alpha: true\ntokens: ['[^\\s]+']\n",
            "ignorecase: true\ntokens: ['[^\\s]+\\s?']\n", "tokens: ['[^\\s]+']\nmax: 1\n"};
        int alerts = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            String yaml = rules[round % rules.length];
            List<Alert> found = run(RepetitionCheck::from, yaml, whole(block(0, text.toString())));
            assertEquals(reference(yaml, text.toString()), found, yaml + " on '" + text + "'");
            alerts += found.size();
        }
        assertTrue(alerts > 300, "the texts hold repeats: " + alerts);
    }

    /** The check as it was written first: each match made a trimmed string. */
    private static List<Alert> reference(String yaml, String prose) {
        boolean ignoreCase = yaml.contains("ignorecase: true");
        boolean alpha = yaml.contains("alpha: true");
        int max = yaml.contains("max: 1") ? 1 : 0;
        String token = yaml.substring(yaml.indexOf("['") + 2, yaml.indexOf("']")).replace("\\\\", "\\");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile((ignoreCase ? "(?i)" : "") + "("
                + token + ")").matcher(prose);
        java.util.regex.Pattern end = java.util.regex.Pattern.compile("[.!?][\"'\u2019\u201D)\\]]*\\s");
        List<Alert> alerts = new java.util.ArrayList<>();
        String previous = "";
        int previousStart = -1;
        int repeats = 0;
        while (m.find()) {
            String current = m.group().strip();
            boolean hit = !current.isEmpty()
                    && (ignoreCase ? current.equalsIgnoreCase(previous) : current.equals(previous))
                    && (!alpha || current.codePoints().allMatch(Character::isLetter));
            repeats = hit ? repeats + 1 : 0;
            if (hit && repeats > max && !end.matcher(prose).region(previousStart, m.start()).find()) {
                alerts.add(Alert.of(previousStart, m.end(), current));
                repeats = 0;
            }
            previous = current;
            previousStart = m.start();
        }
        return alerts;
    }
}
