package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrontMatterMissingRuleTest {

    private final FrontMatterMissingRule rule = new FrontMatterMissingRule("post");

    @Test
    void aFileWithoutFrontMatter() {
        assertEquals("1:1-1:1 error [frontmatter.missing] no front matter: files of type 'post'"
                + " start with a YAML block between two lines '---'\n",
                lines(run(rule, "a.md", "# Title\n\ntext\n")));
        assertEquals(1, run(rule, "a.md", "").size());
    }

    @Test
    void anyFrontMatterCounts() {
        assertEquals("", lines(run(rule, "a.md", "---\nname: x\n---\n")));
        assertEquals("", lines(run(rule, "a.md", "---\n---\n")));
        // An unclosed block is there, and broken: frontmatter.syntax reports it.
        assertEquals("", lines(run(rule, "a.md", "---\nname: x\n")));
    }
}
