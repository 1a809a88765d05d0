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
}
