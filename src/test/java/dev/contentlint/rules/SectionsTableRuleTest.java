package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTableRuleTest {

    private final SectionsTableRule rule = new SectionsTableRule("linkedin-post",
            List.of(spec("IDEA LEGOS", 2, true, List.of("Lego", "Choice")), spec("NOTES")));

    private String check(String text) {
        return lines(run(rule, "a.md", text));
    }

    @Test
    void aSectionWithNoTable() {
        assertEquals("4:1-4:14 error [sections.table] section 'IDEA LEGOS' holds no table; add a"
                + " table with the columns 'Lego', 'Choice'\n",
                check("---\na: 1\n---\n## IDEA LEGOS\n\nJust prose.\n\n## NOTES\n\n| Lego | Choice |\n|---|---|\n"));
    }

    @Test
    void theListedColumnsInOrderOthersAroundThemAnyCase() {
        assertEquals("", check("## IDEA LEGOS\n| # | lego | Notes |  CHOICE  |\n|---|---|---|---|\n| 1 | a | b | c |\n"));
        // A table in a subsection is in the section.
        assertEquals("", check("## IDEA LEGOS\n\n### The table\n\n| Lego | Choice |\n|---|---|\n"));
        // One table that fits is enough.
        assertEquals("", check("## IDEA LEGOS\n| A |\n|---|\n\n| Lego | Choice |\n|---|---|\n"));
    }

    @Test
    void saysWhichColumnsAreMissingAndWhatIsThereInstead() {
        assertEquals("1:1-1:14 error [sections.table] the table at line 3 in section 'IDEA LEGOS'"
                + " lacks the column 'Choice' (found instead: 'Pick'); give it the columns 'Lego',"
                + " 'Choice', in that order\n",
                check("## IDEA LEGOS\n\n| Lego | Pick |\n|---|---|\n| a | b |\n"));
        assertEquals("1:1-1:14 error [sections.table] the table at line 2 in section 'IDEA LEGOS'"
                + " lacks the columns 'Lego', 'Choice' (found instead: 'A', 'B'); give it the columns"
                + " 'Lego', 'Choice', in that order\n",
                check("## IDEA LEGOS\n| A | B |\n|---|---|\n"));
        assertEquals("1:1-1:14 error [sections.table] the table at line 2 in section 'IDEA LEGOS'"
                + " lacks the column 'Choice'; give it the columns 'Lego', 'Choice', in that order\n",
                check("## IDEA LEGOS\n| Lego |\n|---|\n"));
    }

    @Test
    void columnsInAnotherOrder() {
        assertEquals("1:1-1:14 error [sections.table] the table at line 2 in section 'IDEA LEGOS'"
                + " has the columns 'Choice', 'Lego'; put 'Lego', 'Choice' in that order\n",
                check("## IDEA LEGOS\n| Choice | Lego |\n|---|---|\n"));
    }

    @Test
    void ofSeveralTablesTheClosestIsDescribed() {
        assertEquals("1:1-1:14 error [sections.table] the table at line 5 in section 'IDEA LEGOS'"
                + " lacks the column 'Choice' (found instead: 'Pick'); give it the columns 'Lego',"
                + " 'Choice', in that order\n",
                check("## IDEA LEGOS\n| A |\n|---|\n\n| Lego | Pick |\n|---|---|\n"));
    }

    @Test
    void aTableOfAnotherSectionDoesNotCount() {
        assertEquals("1:1-1:14 error [sections.table] section 'IDEA LEGOS' holds no table; add a"
                + " table with the columns 'Lego', 'Choice'\n",
                check("## IDEA LEGOS\n\nx\n\n## Other\n\n| Lego | Choice |\n|---|---|\n"));
        // Not there: sections.missing says so.
        assertEquals("", check("## Other\n\n| Lego | Choice |\n|---|---|\n"));
    }
}
