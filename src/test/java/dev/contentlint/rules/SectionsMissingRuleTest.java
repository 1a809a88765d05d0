package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.optional;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsMissingRuleTest {

    @Test
    void reportsARequiredSectionAtTheHeadingAfterThePreviousListedOne() {
        SectionsMissingRule rule = new SectionsMissingRule("linkedin-post", List.of(
                spec("IDEA LEGOS", 2), spec("HOOK A*"), spec("NOTES", 2), optional("Comments")));
        String text = "---\ntitle: x\n---\n# Title\n\n## IDEA LEGOS\n\ntext\n\n## NOTES\n\nmore\n";
        assertEquals("10:1-10:9 error [sections.missing] no section 'HOOK A*', which type"
                + " 'linkedin-post' requires; add a section whose heading starts with 'HOOK A'"
                + " after 'IDEA LEGOS' (line 6)\n", lines(run(rule, "a.md", text)));
        // Present (in any case), and the optional one may be left out.
        assertEquals("", lines(run(rule, "a.md", text.replace("## NOTES", "## Hook a: x\n\ny\n\n## notes"))));
    }

    @Test
    void stopsAtTheNextListedHeadingInsideANestingSection() {
        SectionsMissingRule rule = new SectionsMissingRule("t", List.of(
                spec("IDEA LEGOS", 2), spec("HOOK A*", 3), spec("HOOK B*"), spec("NOTES", 2)));
        // ### Detail is not listed: part of IDEA LEGOS. ### HOOK B is: HOOK A goes before it.
        String text = "## IDEA LEGOS\n\nx\n\n### Detail\n\ny\n\n### HOOK B\n\nz\n\n## NOTES\n\nw\n";
        assertEquals("9:1-9:11 error [sections.missing] no section 'HOOK A*' (level 3), which type"
                + " 't' requires; add a level-3 section whose heading starts with 'HOOK A' after"
                + " 'IDEA LEGOS' (line 1)\n", lines(run(rule, "a.md", text)));
        // Without a listed heading after it, up to the end of the section.
        assertEquals("13:1-13:9 error [sections.missing] no section 'HOOK B*', which type 't'"
                + " requires; add a section whose heading starts with 'HOOK B' after 'HOOK A' (line 9)\n",
                lines(run(rule, "a.md", text.replace("### HOOK B", "### HOOK A"))));
    }

    @Test
    void atTheEndOfTheLastLineWhenNothingFollows() {
        SectionsMissingRule rule = new SectionsMissingRule("t", List.of(spec("IDEA LEGOS", 2),
                spec("NOTES", 2)));
        assertEquals("3:5-3:5 error [sections.missing] no section 'NOTES' (level 2), which type 't'"
                + " requires; add a '## NOTES' section after 'IDEA LEGOS' (line 1)\n",
                lines(run(rule, "a.md", "## IDEA LEGOS\n\ntext\n\n\n")));
    }

    @Test
    void atTheFirstHeadingOrTheBodysFirstLineWhenNoEarlierListedSectionIsThere() {
        SectionsMissingRule rule = new SectionsMissingRule("t", List.of(spec("IDEA LEGOS", 2),
                spec("NOTES", 2)));
        assertEquals("1:1-1:8 error [sections.missing] no section 'IDEA LEGOS' (level 2), which type"
                + " 't' requires; add a '## IDEA LEGOS' section before the other listed sections\n",
                lines(run(rule, "a.md", "# Title\n\n## NOTES\n\nx\n")));

        rule = new SectionsMissingRule("t", List.of(spec("NOTES"), spec("/^FULL POST\\b/")));
        assertEquals("4:1-4:1 error [sections.missing] no section 'NOTES', which type 't' requires;"
                + " add a 'NOTES' section\n"
                + "4:1-4:1 error [sections.missing] no section /^FULL POST\\b/, which type 't'"
                + " requires; add a section whose heading matches /^FULL POST\\b/\n",
                lines(run(rule, "a.md", "---\na: 1\n---\nJust text.\n")));
        assertEquals("4:1-4:21 error [sections.missing] no section 'NOTES', which type 't' requires;"
                + " add a 'NOTES' section before the other listed sections\n",
                lines(run(rule, "a.md", "---\na: 1\n---\n## FULL POST (draft)\n\nx\n")));
        // Front matter alone: the body's first line is the empty one after it.
        assertEquals(2, run(rule, "a.md", "---\na: 1\n---\n").stream()
                .filter(f -> f.line() == 4 && f.column() == 1).count());
    }

    @Test
    void aHeadingTakenByAMoreSpecificSpecDoesNotCountForALessSpecificOne() {
        SectionsMissingRule rule = new SectionsMissingRule("t", List.of(spec("HOOK*"), spec("HOOK A*")));
        assertEquals("1:1-1:10 error [sections.missing] no section 'HOOK*', which type 't' requires;"
                + " add a section whose heading starts with 'HOOK' before the other listed sections\n",
                lines(run(rule, "a.md", "## HOOK A\n\nx\n")));
        assertEquals("", lines(run(rule, "a.md", "## HOOK A\n\nx\n\n## Hook 2\n\ny\n")));
    }
}
