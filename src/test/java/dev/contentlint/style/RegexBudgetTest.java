package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
