package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.SectionSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsOrderRuleTest {

    private static final List<SectionSpec> ABCD = List.of(spec("A"), spec("B"), spec("C"), spec("D"));

    private static String check(String text) {
        return lines(run(new SectionsOrderRule("t", ABCD, true), "a.md", text));
    }

    private static String doc(String... headings) {
        StringBuilder text = new StringBuilder();
        for (String heading : headings) {
            text.append("## ").append(heading).append("\n\nx\n\n");
        }
        return text.toString();
    }

    @Test
    void onlyWhenStrict() {
        assertEquals("", lines(run(new SectionsOrderRule("t", ABCD, false), "a.md", doc("D", "C", "B", "A"))));
        assertEquals("", check(doc("A", "B", "C", "D")));
    }

    @Test
    void twoSwappedGiveOneFindingAtTheLaterOne() {
        assertEquals("9:1-9:5 error [sections.order] section 'B' is out of order: type 't' lists 'B'"
                + " before 'C'; move it before 'C' (line 5)\n", check(doc("A", "C", "B", "D")));
    }

    @Test
    void oneSectionMovedFarGivesOneFinding() {
        assertEquals("13:1-13:5 error [sections.order] section 'A' is out of order: type 't' lists 'A'"
                + " before 'B'; move it before 'B' (line 1)\n", check(doc("B", "C", "D", "A")));
        assertEquals("1:1-1:5 error [sections.order] section 'D' is out of order: type 't' lists 'D'"
                + " after 'C'; move it after 'C' (line 13)\n", check(doc("D", "A", "B", "C")));
    }

    @Test
    void unlistedMissingAndRepeatedHeadingsDoNotCount() {
        // Only the first heading of a listed section is placed.
        assertEquals("", check(doc("Intro", "A", "Other", "C", "A", "D", "B (again)")));
        // Front matter counts in the line numbers; subsections are placed like any heading.
        assertEquals("7:1-7:6 error [sections.order] section 'A' is out of order: type 't' lists 'A'"
                + " before 'C'; move it before 'C' (line 4)\n",
                check("---\nx: 1\n---\n## C\n\ny\n### A\n\nz\n"));
    }

    @Test
    void patternsAndPrefixesAreNamedAsListed() {
        SectionsOrderRule rule = new SectionsOrderRule("linkedin-post",
                List.of(spec("HOOK A*"), spec("/^FULL POST\\b/")), true);
        assertEquals("5:1-5:14 error [sections.order] section 'HOOK A (x)' is out of order: type"
                + " 'linkedin-post' lists 'HOOK A*' before /^FULL POST\\b/; move it before"
                + " 'FULL POST' (line 1)\n",
                lines(run(rule, "a.md", "## FULL POST\n\nx\n\n## HOOK A (x)\n\ny\n")));
    }

    @Test
    void keepsALongestRunInOrderWithTheEarliestPositions() {
        assertArrayEquals(new boolean[] {true, true, false, true},
                SectionsOrderRule.longestInOrder(List.of(0, 2, 1, 3)));
        assertArrayEquals(new boolean[] {false, true, true, true},
                SectionsOrderRule.longestInOrder(List.of(3, 0, 1, 2)));
        assertArrayEquals(new boolean[] {true, true, true, false, false},
                SectionsOrderRule.longestInOrder(List.of(0, 4, 5, 1, 2)));
        assertArrayEquals(new boolean[] {true, false, true, true},
                SectionsOrderRule.longestInOrder(List.of(0, 3, 1, 2)));
        assertArrayEquals(new boolean[] {true, false, false, false},
                SectionsOrderRule.longestInOrder(List.of(3, 2, 1, 0)));
    }
}
