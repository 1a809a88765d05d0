package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexBudgetTest {

    /** Twelve greedy runs, each ending in an a, then the end: on 60 a's and a '!', every split is tried. */
    private static final Pattern CATASTROPHIC = Pattern.compile("(.*a){12}$");
    private static final String RUN = "a".repeat(60) + "!";

    @Test
    void aRegexThatBacktracksWithoutEndIsStoppedOnceTheBudgetIsSpent() {
        RegexBudget budget = RegexBudget.startingNow(Duration.ofMillis(200));
        RegexBudget.Exceeded stopped = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(RegexBudget.Exceeded.class,
                        () -> CATASTROPHIC.matcher(budget.chars(RUN)).find()));
        assertEquals(Duration.ofMillis(200), stopped.budget());
    }

    @Test
    void withinTheBudgetMatchingIsUnchanged() {
        RegexBudget budget = RegexBudget.startingNow(Duration.ofSeconds(10));
        Matcher m = Pattern.compile("\\b(\\w+) \\1\\b").matcher(budget.chars("it is is a test test."));
        assertTrue(m.find());
        assertEquals("is is", m.group());
        assertEquals(3, m.start());
        assertTrue(m.find());
        assertEquals("test test", m.group());
    }

    @Test
    void noBudgetHandsOverTheTextItself() {
        String text = "plain";
        assertSame(text, RegexBudget.NONE.chars(text));
    }

    /**
     * A pattern with known starts and a bounded number of ways to match at one place reads the
     * text uncounted; the budget is charged per place instead, so even a pattern that tries 2^16
     * ways at each of thousands of places (each fails on the space) is stopped in time.
     */
    @Test
    void aPatternReadUncountedIsStillStoppedOnceTheBudgetIsSpent() {
        ProsePattern slow = ProsePattern.of(
                Pattern.compile("ab" + "(?:xz|xz)".repeat(16) + "[^\\s\\w]"));
        assertTrue(slow.readsPlainText());
        String text = ("ab" + "xz".repeat(16) + " ").repeat(5_000);
        dev.contentlint.document.TextBlock block = StyleTestSupport.block(0, text, "paragraph");
        ScopedText scoped = new ScopedText(java.util.List.of(block), 0, 0, false,
                RegexBudget.startingNow(Duration.ofMillis(100)));
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                RegexBudget.Exceeded.class, () -> {
                    ProsePattern.Hits hits = slow.hits(scoped, block);
                    while (hits.find()) {
                        // no match: every place fails after trying all its ways
                    }
                }));
        // Well before the places run out: each costs about a millisecond, 5,000 of them.
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
    }

    @Test
    void aPatternThatCanBacktrackWithoutEndIsReadCounted() {
        assertFalse(ProsePattern.of(Pattern.compile("ab(?:x|xx)*y")).readsPlainText());
        assertFalse(ProsePattern.of(Pattern.compile("(?:x|x){17}y")).readsPlainText()); // no starts
    }
}
