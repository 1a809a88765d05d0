package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterSyntaxRuleTest {

    private final FrontMatterSyntaxRule rule = new FrontMatterSyntaxRule();

    @Test
    void yamlErrorAtItsPlaceInTheFile() {
        String found = lines(run(rule, "a.md", "---\nname: x\nstatus: draft: yes\n---\n# T\n"));
        assertTrue(found.startsWith("3:14-3:14 error [frontmatter.syntax] YAML syntax error: mapping"
                + " values are not allowed here"), found);
    }

    @Test
    void duplicateKey() {
        assertEquals("3:1-3:5 error [frontmatter.syntax] duplicate key 'name' (first at line 2);"
                + " YAML keeps only one of them, remove or rename one\n",
                lines(run(rule, "a.md", "---\nname: x\nname: y\n---\n")));
    }

    @Test
    void unclosedBlock() {
        assertEquals("1:1-1:4 error [frontmatter.syntax] front matter opened on line 1 is never"
                + " closed; add a line '---' after its last key\n",
                lines(run(rule, "a.md", "---\nname: x\n\n# Title\n")));
    }

    @Test
    void cleanOrAbsentFrontMatterIsFine() {
        assertEquals("", lines(run(rule, "a.md", "---\nname: x\n---\n")));
        assertEquals("", lines(run(rule, "a.md", "# Title\n")));
    }
}
