package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsLevelRuleTest {

    private final SectionsLevelRule rule = new SectionsLevelRule("linkedin-post",
            List.of(spec("IDEA LEGOS", 2), spec("HOOK*"), spec("NOTES", 2)));

    @Test
    void reportsTheHeadingsMarkerAndText() {
        assertEquals("4:1-4:15 error [sections.level] 'IDEA LEGOS' is a level-3 heading (###);"
                + " make it level 2 (##)\n",
                lines(run(rule, "a.md", "---\na: 1\n---\n### IDEA LEGOS\n\nx\n\n## NOTES\n\ny\n")));
        assertEquals("1:1-1:8 error [sections.level] 'Notes' is a level-1 heading (#);"
                + " make it level 2 (##)\n",
                lines(run(rule, "a.md", "# Notes\n\nx\n")));
    }

    @Test
    void aSetextHeadingIsReportedAtItsText() {
        assertEquals("1:1-1:11 error [sections.level] 'IDEA LEGOS' is a level-1 heading (#);"
                + " make it level 2 (##)\n",
                lines(run(rule, "a.md", "IDEA LEGOS\n==========\n\nx\n")));
        assertEquals("", lines(run(rule, "a.md", "IDEA LEGOS\n----------\n\nx\n")));
    }

    @Test
    void anyLevelWhereNoneIsListedAndOnlyTheFirstHeadingCounts() {
        assertEquals("", lines(run(rule, "a.md", "#### HOOK A\n\nx\n\n## NOTES\n\ny\n\n### NOTES\n\nz\n")));
        assertEquals("", lines(run(rule, "a.md", "Just text, no headings.\n")));
    }
}
