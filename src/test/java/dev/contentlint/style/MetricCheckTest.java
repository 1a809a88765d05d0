package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.ANCHOR_END;
import static dev.contentlint.style.StyleTestSupport.ANCHOR_START;
import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.region;
import static dev.contentlint.style.StyleTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCheckTest {

    // 10 words, 2 sentences, 54 characters, 21 syllables, 4 complex and polysyllabic words.
    private static final TextBlock PARAGRAPH = block(20,
            "The cat sat on the mat. Readability formulas estimate difficulty.", "paragraph");
    private static final TextBlock HEADING = block(0, "Getting started", "heading", "heading.h2");

    private static Check metric(String formula, String condition) throws ConfigException {
        return MetricCheck.from(rule("extends: metric\nmessage: 'Value %s.'\nformula: |\n  "
                + formula + "\ncondition: \"" + condition + "\"\n"));
    }

    @Test
    void alertsAtTheAnchorWithTheValueToTwoDecimals() throws ConfigException {
        // Flesch-Kincaid: 0.39 * 10/2 + 11.8 * 21/10 - 15.59 = 1.95 + 24.78 - 15.59 = 11.14
        Check check = metric("(0.39 * (words / sentences)) + (11.8 * (syllables / words))"
                + " - 15.59", "> 8");
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "11.14")),
                check.check(region(HEADING, PARAGRAPH)));
    }

    @Test
    void noAlertWhereTheConditionDoesNotHold() throws ConfigException {
        Check check = metric("words", "> 10");
        assertEquals(List.of(), check.check(region(PARAGRAPH)));
        assertEquals(1, metric("words", ">= 10").check(region(PARAGRAPH)).size());
        assertEquals(1, metric("words", "== 10").check(region(PARAGRAPH)).size());
        assertEquals(0, metric("words", "!= 10").check(region(PARAGRAPH)).size());
        assertEquals(1, metric("words", "< 10.5").check(region(PARAGRAPH)).size());
        assertEquals(0, metric("words", "<= 9").check(region(PARAGRAPH)).size());
    }

    @Test
    void mathFunctionsAsValeWritesThem() throws ConfigException {
        // SMOG: 1.0430 * sqrt(4 * 30 / 2) + 3.1291 = 1.0430 * 7.745967 + 3.1291 = 11.2081
        Check smog = metric("1.0430 * math.sqrt((polysyllabic_words * 30.0) / sentences)"
                + " + 3.1291", "> 10");
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "11.21")),
                smog.check(region(PARAGRAPH)));
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "100")),
                metric("math.pow(words, 2) + math.max(0, -3)", "> 1").check(region(PARAGRAPH)));
        assertEquals("3.14", metric("math.pi", "> 3").check(region(PARAGRAPH)).get(0).args()
                .get(0));
    }

    @Test
    void elementCountsAndHeadingNamesWithADot() throws ConfigException {
        Check check = metric("heading.h2 + heading_h1 + list + blockquote + pre", "== 1");
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "1")),
                check.check(region(HEADING, PARAGRAPH)));
    }

    @Test
    void theConditionMayUseVariables() throws ConfigException {
        assertEquals(1, metric("long_words", "== words - 6").check(region(PARAGRAPH)).size());
    }

    @Test
    void theValueIsComparedAsValePrintsIt() throws ConfigException {
        // Vale compares "%f" of the value: 8.0000001 prints as 8.000000, not above 8
        assertEquals(List.of(), metric("8.0000001", "> 8").check(region(PARAGRAPH)));
    }

    @Test
    void noAlertWithoutWordsOrWhereTheFormulaDividesByZero() throws ConfigException {
        Check perWord = metric("sentences / words", ">= 0");
        assertEquals(List.of(), perWord.check(region(HEADING)));
        assertEquals(List.of(), perWord.check(region()));
        assertEquals(List.of(), metric("words / list", "> 0").check(region(PARAGRAPH)));
        assertEquals(List.of(), metric("math.sqrt(0 - words)", "> 0").check(region(PARAGRAPH)));
    }

    @Test
    void aBadFormulaIsAnErrorAtItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> metric("words / (", "> 1"));
        assertEquals("formula", e.key());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("invalid expression"), e.getMessage());
    }

    @Test
    void anUnknownVariableIsAnErrorListingTheKnownOnes() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> metric("wordz / sentences", "> 1"));
        assertEquals("formula", e.key());
        assertTrue(e.getMessage().contains("unknown variable 'wordz'"), e.getMessage());
        assertTrue(e.getMessage().contains("complex_words"), e.getMessage());
        assertTrue(e.getMessage().contains("heading_h6"), e.getMessage());
    }

    @Test
    void unknownFunctionsAndCaretsAreErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> metric("math.frobnicate(words)", "> 1"));
        assertTrue(e.getMessage().contains("math.sqrt"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> metric("words ^ 2", "> 1"));
        assertTrue(e.getMessage().contains("math.pow"), e.getMessage());
    }

    @Test
    void aBadConditionIsAnErrorAtItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> metric("words", "about 8"));
        assertEquals("condition", e.key());
        assertEquals(5, e.line());
        e = assertThrows(ConfigException.class, () -> metric("words", ">"));
        assertEquals("condition", e.key());
        e = assertThrows(ConfigException.class, () -> metric("words", "> 8 +"));
        assertEquals("condition", e.key());
    }

    @Test
    void formulaAndConditionAreRequired() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> MetricCheck.from(rule("extends: metric\nmessage: x\ncondition: '> 1'\n")));
        assertEquals("formula", e.key());
        e = assertThrows(ConfigException.class,
                () -> MetricCheck.from(rule("extends: metric\nmessage: x\nformula: words\n")));
        assertEquals("condition", e.key());
    }

    @Test
    void oneCheckServesManyThreads() throws Exception {
        Check check = metric("words + sentences", "> 0");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> values =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 8; t++) {
            TextBlock text = block(0, "One two. ".repeat(t + 1).strip());
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String value = check.check(region(text)).get(0).args().get(0);
                    int words = text.text().split(" ").length;
                    if (!value.equals(String.valueOf(words + words / 2))) {
                        values.add(value);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(values));
    }
}
