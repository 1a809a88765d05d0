package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.document.Span;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingCollectorTest {

    @Test
    void levelsChangeSeveritiesOrTurnRulesOff() {
        RuleLevels levels = new RuleLevels(Map.of("filename", Severity.WARNING), Set.of("frontmatter.missing"));
        FindingCollector findings = new FindingCollector("a.md", levels);
        findings.add("filename", Severity.ERROR, Span.at(1, 1), "x");
        findings.add("frontmatter.missing", Severity.ERROR, Span.at(1, 1), "y");
        findings.add("frontmatter.schema", Severity.ERROR, new Span(2, 3, 2, 5), "z");

        assertEquals(2, findings.findings().size());
        assertEquals(Severity.WARNING, findings.findings().get(0).severity());
        assertEquals(new Finding("a.md", 2, 3, 2, 5, Severity.ERROR, "frontmatter.schema", "z"),
                findings.findings().get(1));
    }

    @Test
    void findingsHaveOneBasedPositions() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding("a.md", 0, 1, 1, 1, Severity.ERROR, "r", "m"));
    }
}
