package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.perBlock;
import static dev.contentlint.style.StyleTestSupport.run;
import static dev.contentlint.style.StyleTestSupport.source;
import static dev.contentlint.style.StyleTestSupport.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceCheckTest {

    private static final String WORDS_MAX_3 = "max: 3\ntoken: '\\b(\\w+)\\b'\n";

    @Test
    void overMaxIsReportedAtTheFirstMatchBeyondItWithTheCount() throws ConfigException {
        // The whole text is one unit: the 4th word is in the second block.
        List<Alert> alerts = run(OccurrenceCheck::from, WORDS_MAX_3,
                whole(block(10, "one two"), block(50, "three four five")));
        assertEquals(List.of(Alert.of(56, 60, "5")), alerts);
    }

    @Test
    void eachBlockIsAUnitWhereTheScopeNamesAnElement() throws ConfigException {
        List<Alert> alerts = run(OccurrenceCheck::from, WORDS_MAX_3,
                perBlock(block(10, "one two"), block(50, "three four five six"),
                        blockWithGap(90, "a b  c d", 4, 6)));
        assertEquals(List.of(Alert.of(66, 69, "4"), Alert.of(103, 104, "4")), alerts);
    }

    @Test
    void underMinIsReportedAtTheAnchorOrOverTheBlock() throws ConfigException {
        String yaml = "min: 2\nignorecase: true\ntoken: example\n";
        assertEquals(List.of(Alert.of(0, 3, "1")),
                run(OccurrenceCheck::from, yaml, whole(block(20, "An Example."), block(40, "No."))));
        assertEquals(List.of(Alert.of(0, 3, "0")), run(OccurrenceCheck::from, yaml, whole()));
        assertEquals(List.of(Alert.of(40, 43, "0")), run(OccurrenceCheck::from, yaml,
                perBlock(block(20, "example, example"), block(40, "No."))));
        assertEquals(List.of(), run(OccurrenceCheck::from, yaml,
                whole(block(20, "An Example."), block(40, "An example."))));
    }

    @Test
    void theTokenHasNoWordBoundaries() throws ConfigException {
        assertEquals(List.of(Alert.of(6, 9, "3")), run(OccurrenceCheck::from,
                "max: 2\ntoken: cat\n", whole(block(0, "catcatcat"))));
    }

    @Test
    void boundsAreChecked() throws ConfigException {
        RuleSource none = source("token: x\n");
        OccurrenceCheck.from(none);
        assertTrue(none.warnings().get(0).endsWith(
                "neither max nor min is set: the rule never reports anything"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> OccurrenceCheck.from(source("token: x\nmax: -1\n")));
        assertEquals(2, e.line());
        assertThrows(ConfigException.class, () -> OccurrenceCheck.from(source("max: 3\n")),
                "token is required");
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> OccurrenceCheck.from(source("max: 1\ntoken: '(x'\n")));
        assertEquals("token", invalid.key());
    }
}
