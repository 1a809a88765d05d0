package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.optional;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsEmptyRuleTest {

    private final SectionsEmptyRule rule = new SectionsEmptyRule("linkedin-post",
            List.of(spec("IDEA LEGOS", 2), spec("HOOK*"), optional("Comments"), spec("NOTES", 2)));

    @Test
    void breaksCommentsAndBlankLinesAreNothing() {
        assertEquals("4:1-4:10 error [sections.empty] section 'HOOK B' is empty; write its content"
                + " under the heading\n",
                lines(run(rule, "a.md", "---\na: 1\n---\n## HOOK B\n\n---\n\n<!-- later -->\n\n## NOTES\n\nx\n")));
    }

    @Test
    void anOptionalSectionThatIsThereMustNotBeEmptyEither() {
        assertEquals("5:1-5:12 error [sections.empty] section 'Comments' is empty; write its content"
                + " under the heading, or remove the heading (the section is optional)\n",
                lines(run(rule, "a.md", "## NOTES\n\nx\n\n## Comments\n")));
    }

    @Test
    void contentInASubsectionCountsButASubheadingAloneDoesNot() {
        assertEquals("", lines(run(rule, "a.md", "## IDEA LEGOS\n### Detail\nSome text.\n")));
        assertEquals("1:1-1:14 error [sections.empty] section 'IDEA LEGOS' is empty; write its"
                + " content under the heading\n",
                lines(run(rule, "a.md", "## IDEA LEGOS\n### Detail\n\n## NOTES\n- a point\n")));
        // A table, a list, code are content.
        assertEquals("", lines(run(rule, "a.md", "## IDEA LEGOS\n| a |\n|---|\n\n## NOTES\n```\nx\n```\n")));
    }

    @Test
    void everyHeadingOfAListedSectionIsChecked() {
        assertEquals("5:1-5:10 error [sections.empty] section 'HOOK B' is empty; write its content"
                + " under the heading\n"
                + "7:1-7:10 error [sections.empty] section 'HOOK C' is empty; write its content"
                + " under the heading\n",
                lines(run(rule, "a.md", "## HOOK A\n\nx\n\n## HOOK B\n\n## HOOK C\n\n## Unlisted\n")));
    }
}
