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

class ReadabilityCheckTest {

    // 10 words, 2 sentences, 54 characters, 21 syllables, 4 complex and polysyllabic words.
    private static final TextBlock PARAGRAPH = block(20,
            "The cat sat on the mat. Readability formulas estimate difficulty.", "paragraph");
    private static final TextBlock HEADING = block(0, "Getting started", "heading", "heading.h1");

    private static RuleSource source(String metrics, String grade) {
        return rule("extends: readability\nmessage: 'Grade %s.'\nmetrics: " + metrics + "\n"
                + (grade == null ? "" : "grade: " + grade + "\n"));
    }

    @Test
    void eachMetricAsValeComputesIt() {
        TextStats stats = TextStats.of(List.of(PARAGRAPH));
        // 0.4 * (10/2 + 100 * 4/10) = 18
        assertEquals(18.0, ReadabilityCheck.Metric.GUNNING_FOG.grade(stats), 1e-9);
        // 0.0588 * 5.4 * 100 - 0.296 * 0.2 * 100 - 15.8 = 31.752 - 5.92 - 15.8 = 10.032
        assertEquals(10.032, ReadabilityCheck.Metric.COLEMAN_LIAU.grade(stats), 1e-9);
        // 0.39 * 5 + 11.8 * 2.1 - 15.59 = 11.14
        assertEquals(11.14, ReadabilityCheck.Metric.FLESCH_KINCAID.grade(stats), 1e-9);
        // 1.0430 * sqrt(60) + 3.1291 = 11.20810...
        assertEquals(11.2081, ReadabilityCheck.Metric.SMOG.grade(stats), 1e-4);
        // 4.71 * 5.4 + 0.5 * 5 - 21.43 = 6.504
        assertEquals(6.504, ReadabilityCheck.Metric.AUTOMATED_READABILITY.grade(stats), 1e-9);
    }

    @Test
    void alertsAtTheAnchorWhenTheAverageIsAboveTheGrade() throws ConfigException {
        Check check = ReadabilityCheck.from(source("[Flesch-Kincaid, Gunning Fog]", "12"));
        // (11.14 + 18) / 2 = 14.57; the heading is not measured
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "14.57")),
                check.check(region(HEADING, PARAGRAPH)));
        assertEquals(List.of(), ReadabilityCheck.from(source("[Flesch-Kincaid, Gunning Fog]",
                "14.57")).check(region(PARAGRAPH)));
    }

    @Test
    void allFiveMetrics() throws ConfigException {
        Check check = ReadabilityCheck.from(source("[SMOG, Gunning Fog, Coleman-Liau,"
                + " Flesch-Kincaid, Automated Readability]", "8"));
        // (11.2081 + 18 + 10.032 + 11.14 + 6.504) / 5 = 11.3768
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "11.38")),
                check.check(region(PARAGRAPH)));
    }

    @Test
    void noAlertWithoutWords() throws ConfigException {
        Check check = ReadabilityCheck.from(source("[SMOG]", "0"));
        assertEquals(List.of(), check.check(region(HEADING)));
    }

    @Test
    void metricsMustBeValesNames() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ReadabilityCheck.from(source("[Flesch Kincaid]", "8")));
        assertEquals("metrics", e.key());
        assertTrue(e.getMessage().contains("'Flesch-Kincaid'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ReadabilityCheck.from(source("[]", "8")));
        assertEquals("metrics", e.key());
        e = assertThrows(ConfigException.class,
                () -> ReadabilityCheck.from(source("[SMOG]", "high")));
        assertEquals("grade", e.key());
    }

    @Test
    void duplicatesCountOnceAndAMissingGradeIsWarnedAbout() throws ConfigException {
        RuleSource source = source("[SMOG, SMOG]", null);
        Check check = ReadabilityCheck.from(source);
        assertEquals(2, source.warnings().size(), source.warnings().toString());
        assertEquals(List.of(Alert.of(ANCHOR_START, ANCHOR_END, "11.21")),
                check.check(region(PARAGRAPH)));
    }
}
