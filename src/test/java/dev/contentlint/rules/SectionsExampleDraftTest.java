package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.SectionTestSupport.allRules;
import static dev.contentlint.rules.SectionTestSupport.example;
import static dev.contentlint.rules.SectionTestSupport.linkedInPost;
import static dev.contentlint.rules.SectionTestSupport.runAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * All five section rules, the order strict, on the example LinkedIn draft (front matter of 20
 * lines at the top, IDEA LEGOS at line 27, HOOK A at 41, HOOK B at 46, FULL POST at 53, NOTES at
 * 79) and on copies with one fault each.
 */
class SectionsExampleDraftTest {

    private static final String PATH = "posts/30_demos_bidirectional_carter.md";
    private static final List<FileRule> RULES = allRules("linkedin-post", linkedInPost());

    private static String check(String text) {
        return lines(runAll(RULES, PATH, text));
    }

    /** The text with one part replaced, which must be there exactly once. */
    private static String replace(String text, String part, String by) {
        int at = text.indexOf(part);
        assertTrue(at >= 0 && text.indexOf(part, at + 1) < 0, "once in the draft: " + part);
        return text.substring(0, at) + by + text.substring(at + part.length());
    }

    private static String hookA(String text) {
        return text.substring(text.indexOf("### HOOK A"), text.indexOf("### HOOK B"));
    }

    private static String hookB(String text) {
        return text.substring(text.indexOf("### HOOK B"), text.indexOf("---\n\n### FULL POST"));
    }

    @Test
    void theDraftAsItIsHasNoFinding() throws IOException {
        assertEquals("", check(example()));
    }

    @Test
    void withoutNotes() throws IOException {
        String text = example();
        assertEquals("77:4-77:4 error [sections.missing] no section 'NOTES' (level 2), which type"
                + " 'linkedin-post' requires; add a '## NOTES' section after 'FULL POST (using Hook A)'"
                + " (line 53)\n", check(text.substring(0, text.indexOf("## NOTES"))));
    }

    @Test
    void hooksSwapped() throws IOException {
        String text = example();
        String swapped = replace(text, hookA(text) + hookB(text), hookB(text) + hookA(text));
        assertEquals("46:1-46:25 error [sections.order] section 'HOOK A (Recommended)' is out of"
                + " order: type 'linkedin-post' lists 'HOOK A*' before 'HOOK B*'; move it before"
                + " 'HOOK B' (line 41)\n", check(swapped));
    }

    @Test
    void ideaLegosOneLevelDown() throws IOException {
        assertEquals("27:1-27:15 error [sections.level] 'IDEA LEGOS' is a level-3 heading (###);"
                + " make it level 2 (##)\n",
                check(replace(example(), "\n## IDEA LEGOS\n", "\n### IDEA LEGOS\n")));
    }

    @Test
    void hookBEmptied() throws IOException {
        String text = example();
        assertEquals("46:1-46:11 error [sections.empty] section 'HOOK B' is empty; write its content"
                + " under the heading\n",
                check(replace(text, hookB(text), "### HOOK B\n\n")));
    }

    @Test
    void tableColumnRenamed() throws IOException {
        assertEquals("27:1-27:14 error [sections.table] the table at line 28 in section 'IDEA LEGOS'"
                + " lacks the column 'Choice' (found instead: 'Pick'); give it the columns 'Lego',"
                + " 'Choice', in that order\n",
                check(replace(example(), "| Lego | Choice |", "| Lego | Pick |")));
    }
}
